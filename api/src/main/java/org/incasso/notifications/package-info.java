/**
 * E-mail on every creditor-visible update: an outbox written with the case event, a worker that
 * resolves recipients and sends over SMTP with retries and back-off, and per-user preferences
 * (immediate or a daily digest).
 */
@NullMarked
package org.incasso.notifications;

import org.jspecify.annotations.NullMarked;

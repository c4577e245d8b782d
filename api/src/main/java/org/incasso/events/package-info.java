/**
 * Case events: the append-only history of every claim, written in the same transaction as the
 * change, and their live delivery (PostgreSQL NOTIFY/LISTEN, replay after an id).
 */
@NullMarked
package org.incasso.events;

import org.jspecify.annotations.NullMarked;

/** jOOQ access to the notification outbox, notifications and preferences. */
@NullMarked
package org.incasso.notifications.persistence;

import org.jspecify.annotations.NullMarked;

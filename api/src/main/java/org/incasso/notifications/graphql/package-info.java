/** The notification preference part of the GraphQL API. */
@NullMarked
package org.incasso.notifications.graphql;

import org.jspecify.annotations.NullMarked;

/** The claims part of the GraphQL API: queries, lifecycle mutations and case-event subscriptions. */
@NullMarked
package org.incasso.claims.graphql;

import org.jspecify.annotations.NullMarked;

/** The viewer part of the GraphQL API. */
@NullMarked
package org.incasso.identity.graphql;

import org.jspecify.annotations.NullMarked;

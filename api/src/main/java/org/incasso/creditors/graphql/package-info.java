/** The creditors part of the GraphQL API. */
@NullMarked
package org.incasso.creditors.graphql;

import org.jspecify.annotations.NullMarked;

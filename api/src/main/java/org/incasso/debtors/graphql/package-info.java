/** The debtors part of the GraphQL API. */
@NullMarked
package org.incasso.debtors.graphql;

import org.jspecify.annotations.NullMarked;

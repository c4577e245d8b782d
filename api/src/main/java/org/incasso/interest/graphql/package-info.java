/** GraphQL for the statutory interest rate tables. */
@NullMarked
package org.incasso.interest.graphql;

import org.jspecify.annotations.NullMarked;

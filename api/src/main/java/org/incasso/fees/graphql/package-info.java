/** GraphQL for the free quote and the fee schedule. */
@NullMarked
package org.incasso.fees.graphql;

import org.jspecify.annotations.NullMarked;

/** The payments part of the GraphQL API: payment mutations, {@code Claim.financials}, the withdrawal quote. */
@NullMarked
package org.incasso.payments.graphql;

import org.jspecify.annotations.NullMarked;

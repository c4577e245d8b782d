/** The documents part of the GraphQL API: a claim's documents, batch-loaded. */
@NullMarked
package org.incasso.documents.graphql;

import org.jspecify.annotations.NullMarked;

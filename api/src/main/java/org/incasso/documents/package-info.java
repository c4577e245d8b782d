/**
 * Documents of a claim (invoices, correspondence, contracts, dispute evidence): stored in
 * PostgreSQL with their detected media type and SHA-256, read and added by whoever may read the
 * claim. Uploads and downloads go through REST ({@code documents/web}), metadata through GraphQL.
 */
@NullMarked
package org.incasso.documents;

import org.jspecify.annotations.NullMarked;

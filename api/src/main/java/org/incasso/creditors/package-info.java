/** Creditors (opdrachtgevers): the agency's clients who hand over unpaid invoices. */
@NullMarked
package org.incasso.creditors;

import org.jspecify.annotations.NullMarked;

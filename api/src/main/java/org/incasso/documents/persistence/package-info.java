/** jOOQ access to documents; lists never select the content. */
@NullMarked
package org.incasso.documents.persistence;

import org.jspecify.annotations.NullMarked;

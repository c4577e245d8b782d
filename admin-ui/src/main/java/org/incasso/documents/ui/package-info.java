/** The documents tab of the claim views (upload, download, preview). */
@NullMarked
package org.incasso.documents.ui;

import org.jspecify.annotations.NullMarked;

/** The REST endpoints for uploading and downloading document content (multipart, bearer token). */
@NullMarked
package org.incasso.documents.web;

import org.jspecify.annotations.NullMarked;

/** The application root: every direct sub-package is a Spring Modulith module. */
@NullMarked
package org.incasso;

import org.jspecify.annotations.NullMarked;

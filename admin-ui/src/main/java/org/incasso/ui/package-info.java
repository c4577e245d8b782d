/** The UI shell: security, layout, navigation by role, the company form shared by the views. */
@NullMarked
package org.incasso.ui;

import org.jspecify.annotations.NullMarked;

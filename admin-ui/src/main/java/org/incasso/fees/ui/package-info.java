/**
 * Fee views: the public free quote and the ADMIN's fee-schedule editor. The company picker, the
 * quote display and the quote's hand-over to the claim wizard are shared with other views.
 */
@NullMarked
@NamedInterface("ui")
package org.incasso.fees.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

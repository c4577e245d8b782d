/**
 * Money and law calculators (issue 4): plain Java without Spring, SQL or floating point. An
 * open module: its domain sub-package is used by the other money modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.incasso.financials;

import org.jspecify.annotations.NullMarked;

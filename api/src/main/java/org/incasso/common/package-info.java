/** Shared kernel: value types (address, contacts, country codes), validation and paging used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.incasso.common;

import org.jspecify.annotations.NullMarked;

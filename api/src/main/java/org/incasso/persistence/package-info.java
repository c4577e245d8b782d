/** The jOOQ classes generated at build time from the migrated database (sub-package db); only persistence packages use them. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.incasso.persistence;

import org.jspecify.annotations.NullMarked;

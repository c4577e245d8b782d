/** The administrator's fee schedule page: the version in force, all versions, a new version, the audit trail. */
@NullMarked
package org.incasso.fees.ui;

import org.jspecify.annotations.NullMarked;

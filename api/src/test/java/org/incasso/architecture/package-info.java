/** Architecture rules for the money and law domain. */
@org.jspecify.annotations.NullMarked
package org.incasso.architecture;

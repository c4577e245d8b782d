/** Exact money amounts, currencies, typed validation errors and explanation lines. */
@org.jspecify.annotations.NullMarked
package org.incasso.money;

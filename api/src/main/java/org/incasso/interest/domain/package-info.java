/**
 * Statutory commercial interest (art. 6:119a BW) and its per-country rate tables, with a
 * period-by-period breakdown of every calculation.
 */
@org.jspecify.annotations.NullMarked
package org.incasso.interest.domain;

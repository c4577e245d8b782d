/** The administrator's interest rate page: the rate table per country (or ECB) and adding a rate. */
@NullMarked
package org.incasso.interest.ui;

import org.jspecify.annotations.NullMarked;

/**
 * A claim's money: collection costs (Dutch scale, EU minimum, VAT), payment allocation under
 * art. 6:44 BW and the financial summary that ties principal, interest, costs, payments,
 * commission and the creditor's share together, with the explanation of every figure.
 */
@org.jspecify.annotations.NullMarked
package org.incasso.financials.domain;

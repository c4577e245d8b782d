/**
 * Tenant fee schedules (commission by region and amount band, surcharges, registration fee, door
 * policy, domestic flat fee, withdrawal rule, amicable deadlines) and the calculators built on
 * them: quotes, settlements of collected payments and withdrawal fees.
 */
@org.jspecify.annotations.NullMarked
package org.incasso.fees.domain;

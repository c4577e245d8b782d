package org.incasso.fees.domain;

/** Where a debtor sits, seen from the tenant's home country; commission rates differ per region. */
public enum Region {
    DOMESTIC,
    EU,
    REST_OF_EUROPE,
    REST_OF_WORLD
}

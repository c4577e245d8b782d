package org.incasso.common;

/** Orders of company lists; every order ends on the id so that cursors are stable. */
public enum CompanySort {
    NAME_ASC,
    NAME_DESC,
    COUNTRY_ASC,
    CREATED_AT_DESC
}

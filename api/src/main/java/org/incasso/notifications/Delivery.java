package org.incasso.notifications;

/** How a user wants to be told about updates. */
public enum Delivery {
    /** One e-mail per update, right away. */
    IMMEDIATE,
    /** One e-mail a day with all updates. */
    DAILY_DIGEST
}

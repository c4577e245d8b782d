package org.incasso.fees.domain;

/** Whether a claim that is not cost-effective only gets a warning or is refused. */
public enum DoorPolicyMode {
    WARN,
    REFUSE
}

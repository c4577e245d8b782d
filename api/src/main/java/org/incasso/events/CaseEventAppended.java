package org.incasso.events;

/** Published inside the transaction that appended the event; listeners join that transaction. */
public record CaseEventAppended(CaseEvent event) {
}

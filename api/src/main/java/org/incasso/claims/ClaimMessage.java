package org.incasso.claims;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message of the thread between the creditor and the agency on a claim. Never edited.
 *
 * @param authorId Keycloak user id of the author
 * @param authorName display name of the author at the time
 * @param readBy read receipts, first reader first
 */
public record ClaimMessage(UUID id, UUID claimId, String authorId, String authorName, MessageSide authorSide,
        String text, OffsetDateTime sentAt, List<ReadReceipt> readBy) {

    public static final int MAX_TEXT = 10_000;

    /** The author has read their own message. */
    public boolean readBy(String userId) {
        return authorId.equals(userId) || readBy.stream().anyMatch(receipt -> receipt.userId().equals(userId));
    }
}

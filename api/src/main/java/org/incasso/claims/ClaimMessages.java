package org.incasso.claims;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.incasso.claims.persistence.MessageRepository;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventLog;
import org.incasso.events.Visibility;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread between the creditor and the agency on a claim. The creditor's users (own
 * claims) and staff read, send and mark messages read; partners are not part of the thread and
 * read no messages at all. Sending appends a MESSAGE_SENT case event (CREDITOR visibility) in the
 * same transaction; reading is not a change of the claim and appends nothing.
 */
@Service
public class ClaimMessages {

    private final ClaimService claims;
    private final MessageRepository messages;
    private final CaseEventLog events;
    private final CurrentUsers currentUsers;

    ClaimMessages(ClaimService claims, MessageRepository messages, CaseEventLog events, CurrentUsers currentUsers) {
        this.claims = claims;
        this.messages = messages;
        this.events = events;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public ClaimMessage send(UUID claimId, @Nullable String text) {
        CurrentUser user = requireParticipant();
        claims.find(claimId).orElseThrow(ClaimService::notFound);
        String clean = text == null ? "" : text.strip();
        new Violations().requiredText("text", clean, ClaimMessage.MAX_TEXT).throwIfAny();
        MessageSide side = sideOf(user);
        ClaimMessage message = messages.insert(claimId, user.subject(), user.displayName(), side, clean);
        events.append(claimId, "MESSAGE_SENT", Visibility.CREDITOR,
                Map.of("messageId", message.id().toString(), "authorSide", side.name()));
        return message;
    }

    /** Marks the given messages of the claim read for the caller, or all of them when none are given. */
    @Transactional
    public MessagesMarked markRead(UUID claimId, @Nullable List<UUID> messageIds) {
        CurrentUser user = requireParticipant();
        Claim claim = claims.find(claimId).orElseThrow(ClaimService::notFound);
        if (messageIds != null) {
            Set<UUID> known = messages.idsOfClaim(claimId, messageIds);
            List<FieldViolation> unknown = java.util.stream.IntStream.range(0, messageIds.size())
                    .filter(i -> !known.contains(messageIds.get(i)))
                    .mapToObj(i -> new FieldViolation("messageIds[" + i + "]", ErrorCode.NOT_FOUND,
                            "No such message on this claim"))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new ValidationException(unknown);
            }
        }
        return new MessagesMarked(claim, messages.markRead(claimId, messageIds, user.subject(), user.displayName()));
    }

    /** The threads of claims the caller already read (batch loading), oldest first; none for partners. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ClaimMessage>> messagesOf(Collection<UUID> claimIds) {
        Audience audience = Audience.of(currentUsers.require());
        return claimIds.isEmpty() || isPartner(audience) ? Map.of() : messages.byClaims(claimIds, audience.creditorId());
    }

    /** Per claim: messages from the other side that the caller has not read yet (0 for partners). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> unreadOf(Collection<UUID> claimIds) {
        CurrentUser user = currentUsers.require();
        Audience audience = Audience.of(user);
        return claimIds.isEmpty() || isPartner(audience) ? Map.of()
                : messages.unreadCounts(claimIds, user.subject(), sideOf(user).other(), audience.creditorId());
    }

    private CurrentUser requireParticipant() {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        return user;
    }

    private static boolean isPartner(Audience audience) {
        return !audience.staff() && audience.creditorId() == null;
    }

    private static MessageSide sideOf(CurrentUser user) {
        return user.isStaff() ? MessageSide.AGENCY : MessageSide.CREDITOR;
    }
}

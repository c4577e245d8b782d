package org.incasso.claims;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.incasso.claims.persistence.ActionRepository;
import org.incasso.common.ErrorCode;
import org.incasso.common.Violations;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventLog;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection actions on claims (letters, calls, visits, notes, legal steps). Staff record actions
 * on every claim of the tenant with any visibility (INTERNAL by default); the assigned partner
 * records actions on its claims, always visible to staff and itself (PARTNER); creditors only read
 * the CREDITOR-visible actions of their own claims. Every action appends an ACTION_RECORDED case
 * event with the same audience, in the same transaction.
 */
@Service
public class ClaimActions {

    private final ClaimService claims;
    private final ActionRepository actions;
    private final CaseEventLog events;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClaimActions(ClaimService claims, ActionRepository actions, CaseEventLog events, CurrentUsers currentUsers,
            Optional<Clock> clock) {
        this.claims = claims;
        this.actions = actions;
        this.events = events;
        this.currentUsers = currentUsers;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Transactional
    public ClaimAction record(UUID claimId, ActionDraft draft) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.PARTNER);
        Claim claim = claims.find(claimId).orElseThrow(ClaimService::notFound);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Violations violations = new Violations();
        draft.validate(violations, now);
        ActionVisibility visibility = visibility(user, draft.visibility(), violations);
        refusePausedFollowUp(claim, draft, now, violations);
        violations.throwIfAny();
        ClaimAction action = actions.insert(claimId, draft, visibility, user.subject(), user.displayName(),
                draft.performedAt() == null ? now : draft.performedAt());
        events.append(claimId, "ACTION_RECORDED", visibility.eventVisibility(), Map.of(
                "actionId", action.id().toString(), "type", action.type().name(),
                "channel", action.channel() == null ? "" : action.channel().name(),
                "outcome", action.outcome() == null ? "" : action.outcome().name()));
        return action;
    }

    /**
     * The actions the caller may see on claims it already read (batch loading), oldest first by
     * the time performed; {@code last} keeps the newest ones per claim.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<ClaimAction>> actionsOf(Collection<UUID> claimIds, @Nullable Integer last) {
        Audience audience = Audience.of(currentUsers.require());
        return claimIds.isEmpty() ? Map.of() : actions.byClaims(claimIds, audience, last);
    }

    /** Staff choose (INTERNAL unless told otherwise); a partner's actions are for staff and itself. */
    private static ActionVisibility visibility(CurrentUser user, @Nullable ActionVisibility wanted,
            Violations violations) {
        if (user.isStaff()) {
            return wanted == null ? ActionVisibility.INTERNAL : wanted;
        }
        if (wanted != null && wanted != ActionVisibility.PARTNER) {
            violations.add("visibility", ErrorCode.RULE_VIOLATION,
                    "actions recorded by a partner are visible to the agency and the partner (PARTNER)");
        }
        return ActionVisibility.PARTNER;
    }

    /** PRODUCT.md: a dispute pauses scheduled collection actions, so no new follow-up is planned. */
    private static void refusePausedFollowUp(Claim claim, ActionDraft draft, OffsetDateTime now,
            Violations violations) {
        if (draft.nextFollowUp() == null || draft.nextFollowUp().isBefore(now.toLocalDate())) {
            return; // none, or already refused as a past date
        }
        if (claim.state().disputed()) {
            violations.add("nextFollowUp", ErrorCode.RULE_VIOLATION,
                    "the claim is disputed: follow-ups are paused until the dispute is resolved");
        } else if (claim.state().phase() == ClaimPhase.CLOSED) {
            violations.add("nextFollowUp", ErrorCode.RULE_VIOLATION, "the claim is closed");
        }
    }
}

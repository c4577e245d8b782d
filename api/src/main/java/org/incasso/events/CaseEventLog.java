package org.incasso.events;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.events.persistence.CaseEventRepository;
import org.incasso.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends case events (inside the caller's transaction) and reads them back by audience. */
@Service
public class CaseEventLog {

    private final CaseEventRepository repository;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher publisher;

    CaseEventLog(CaseEventRepository repository, CurrentUsers currentUsers, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.currentUsers = currentUsers;
        this.publisher = publisher;
    }

    /**
     * Records a change of a claim in the current transaction: it is stored (and announced) only
     * if the change commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEvent append(UUID claimId, String type, Visibility visibility, Map<String, ?> payload) {
        String actor = currentUsers.current().map(user -> user.subject()).orElse("system");
        CaseEvent event = repository.append(claimId, type, actor, visibility, payload);
        // listeners run synchronously in this transaction (e.g. the notification outbox)
        publisher.publishEvent(new CaseEventAppended(event));
        return event;
    }

    /** Events of these claims the audience may see, oldest first, at most {@code last} per claim. */
    @Transactional(readOnly = true)
    public Map<UUID, List<CaseEvent>> ofClaims(Collection<UUID> claimIds, Audience audience, @Nullable Integer last) {
        return repository.ofClaims(claimIds, audience, last);
    }

    /**
     * The id of the newest event the audience may see (0 when none): where a live view that has
     * just loaded everything starts listening.
     */
    @Transactional(readOnly = true)
    public long lastId(Audience audience) {
        return repository.lastId(audience);
    }

    /** Events after {@code afterId} that the audience may see, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseEvent> after(long afterId, Audience audience, @Nullable UUID claimId, int limit) {
        return repository.after(afterId, audience, claimId, limit);
    }
}

package org.incasso.workspace.ui;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.Disposable;

/**
 * Server push for an open view: new case events the audience may see (of one claim, or of all its
 * claims) refresh the view inside {@code ui.access}, as the user who opened it.
 */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /** Call while attached, from the request thread (it captures the user's security context). */
    static Disposable start(UI ui, CaseEventStream stream, Audience audience, long afterId, @Nullable UUID claimId,
            Runnable refresh) {
        SecurityContext user = SecurityContextHolder.getContext();
        return stream.stream(audience, afterId, claimId)
                .subscribe(event -> ui.access(new DelegatingSecurityContextRunnable(refresh, user)::run));
    }
}

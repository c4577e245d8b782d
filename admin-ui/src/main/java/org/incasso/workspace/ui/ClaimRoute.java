package org.incasso.workspace.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.UUID;
import java.util.function.Consumer;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimService;

/** Opening the claim a route's {@code :id} names, for the claim views of specialists and creditors. */
final class ClaimRoute {

    private ClaimRoute() {
    }

    /**
     * Shows the claim as the caller may read it. A malformed id is the router's "not found"; an
     * unknown id, or a claim the caller may not read, shows the not-found text in the view.
     */
    static void open(BeforeEnterEvent event, ClaimService claims, VerticalLayout view, Consumer<Claim> show) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        claims.find(id).ifPresentOrElse(show, () -> {
            view.removeAll();
            view.add(new H2(view.getTranslation("claim.notFound")),
                    new Paragraph(view.getTranslation("claim.notFound.text")));
        });
    }
}

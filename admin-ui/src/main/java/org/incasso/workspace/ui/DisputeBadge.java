package org.incasso.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The red "disputed" badge. */
final class DisputeBadge {

    private DisputeBadge() {
    }

    static Span create(Component context) {
        Span badge = new Span(context.getTranslation("claim.disputed"));
        badge.getElement().getThemeList().add("badge error");
        badge.addClassName("dispute-badge");
        return badge;
    }
}

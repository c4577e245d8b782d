package org.incasso.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.incasso.events.CaseEvent;

/** The claim's history, newest first. */
class Timeline extends VerticalLayout {

    private final boolean showVisibility;
    private long lastEventId;

    /** Staff see who else may read each event. */
    Timeline() {
        this(true);
    }

    Timeline(boolean showVisibility) {
        this.showVisibility = showVisibility;
        setPadding(false);
        setId("claim-timeline");
    }

    void show(List<CaseEvent> events) {
        removeAll();
        lastEventId = events.isEmpty() ? 0 : events.getLast().id();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CaseEvent event : events.reversed()) {
            Span time = new Span(event.occurredAt().format(when));
            time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "12em");
            Span what = new Span(getTranslation("event." + event.type()));
            what.addClassName("timeline-event");
            Span visibility = new Span(getTranslation("visibility." + event.visibility()));
            visibility.getElement().getThemeList().add("badge contrast small");
            Div row = showVisibility ? new Div(time, what, visibility) : new Div(time, what);
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center");
            add(row);
        }
    }

    long lastEventId() {
        return lastEventId;
    }
}

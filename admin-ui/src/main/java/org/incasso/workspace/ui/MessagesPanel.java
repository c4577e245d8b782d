package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.incasso.claims.ClaimMessage;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.MessageSide;
import org.incasso.common.ValidationException;

/** The message thread between the creditor and the agency on a claim. */
class MessagesPanel extends VerticalLayout {

    private final transient ClaimMessages messages;
    private final VerticalLayout thread = new VerticalLayout();
    private final TextArea text = new TextArea();
    private final Runnable onChange;
    private boolean markReadOnShow;
    private UUID claimId;
    private boolean empty = true;

    /** For staff: the thread is marked read whenever it is shown. */
    MessagesPanel(ClaimMessages messages, Runnable onChange) {
        this(messages, onChange, "message.placeholder");
        this.markReadOnShow = true;
    }

    /** The caller decides when the thread counts as read ({@link #markRead()}). */
    MessagesPanel(ClaimMessages messages, Runnable onChange, String placeholderKey) {
        this.messages = messages;
        this.onChange = onChange;
        setPadding(false);
        thread.setPadding(false);
        thread.setId("message-thread");
        text.setPlaceholder(getTranslation(placeholderKey));
        text.setMaxLength(ClaimMessage.MAX_TEXT);
        text.setWidthFull();
        text.setId("message-text");
        Button send = new Button(getTranslation("message.send"), event -> send());
        send.setId("send-message");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(thread, text, send);
    }

    void show(UUID claim) {
        this.claimId = claim;
        thread.removeAll();
        List<ClaimMessage> list = messages.messagesOf(List.of(claim)).getOrDefault(claim, List.of());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (ClaimMessage message : list) {
            Span author = new Span(message.authorName() + " · " + message.sentAt().format(when));
            author.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Div bubble = new Div(author, new Paragraph(message.text()));
            bubble.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("background", message.authorSide() == MessageSide.AGENCY
                            ? "var(--lumo-primary-color-10pct)" : "var(--lumo-contrast-5pct)")
                    .set("align-self", message.authorSide() == MessageSide.AGENCY ? "flex-end" : "flex-start");
            thread.add(bubble);
        }
        empty = list.isEmpty();
        if (markReadOnShow) {
            markRead();
        }
    }

    /** Marks the shown thread read for the current user. */
    void markRead() {
        if (!empty) {
            messages.markRead(claimId, null);
        }
    }

    private void send() {
        text.setInvalid(false);
        try {
            messages.send(claimId, text.getValue());
            text.clear();
            onChange.run();
        } catch (ValidationException e) {
            text.setErrorMessage(getTranslation("error." + e.violations().getFirst().code().name()));
            text.setInvalid(true);
        }
    }
}

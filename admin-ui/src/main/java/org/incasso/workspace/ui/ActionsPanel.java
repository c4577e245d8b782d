package org.incasso.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.claims.ActionChannel;
import org.incasso.claims.ActionDraft;
import org.incasso.claims.ActionOutcome;
import org.incasso.claims.ActionType;
import org.incasso.claims.ActionVisibility;
import org.incasso.claims.ClaimAction;
import org.incasso.claims.ClaimActions;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.ui.Notifications;

/** The actions taken on a claim, with the "log action" dialog. */
class ActionsPanel extends VerticalLayout {

    private final transient ClaimActions actions;
    private final Grid<ClaimAction> grid = new Grid<>();
    private final Runnable onChange;
    private UUID claimId;

    ActionsPanel(ClaimActions actions, Runnable onChange) {
        this.actions = actions;
        this.onChange = onChange;
        setPadding(false);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(action -> action.performedAt().format(when)).setHeader(getTranslation("action.performedAt"));
        grid.addColumn(action -> getTranslation("actionType." + action.type())).setHeader(getTranslation("action.type"));
        grid.addColumn(action -> action.outcome() == null ? "" : getTranslation("actionOutcome." + action.outcome()))
                .setHeader(getTranslation("action.outcome"));
        grid.addColumn(ClaimAction::notes).setHeader(getTranslation("action.notes")).setFlexGrow(3);
        grid.addColumn(action -> getTranslation("visibility." + action.visibility())).setHeader(getTranslation("action.visibility"));
        grid.addColumn(ClaimAction::performedByName).setHeader(getTranslation("action.performedBy"));
        grid.setAllRowsVisible(true);
        Button log = new Button(getTranslation("action.log"), VaadinIcon.PLUS.create(), event -> openDialog());
        log.setId("log-action");
        add(log, grid);
    }

    void show(UUID claim) {
        this.claimId = claim;
        grid.setItems(actions.actionsOf(List.of(claim), null).getOrDefault(claim, List.of()).reversed());
    }

    private void openDialog() {
        ComboBox<ActionType> type = new ComboBox<>(getTranslation("action.type"), EnumSet.allOf(ActionType.class));
        type.setItemLabelGenerator(t -> getTranslation("actionType." + t));
        type.setId("action-type");
        ComboBox<ActionChannel> channel = new ComboBox<>(getTranslation("action.channel"), EnumSet.allOf(ActionChannel.class));
        channel.setItemLabelGenerator(c -> getTranslation("actionChannel." + c));
        ComboBox<ActionOutcome> outcome = new ComboBox<>(getTranslation("action.outcome"), EnumSet.allOf(ActionOutcome.class));
        outcome.setItemLabelGenerator(o -> getTranslation("actionOutcome." + o));
        ComboBox<ActionVisibility> visibility = new ComboBox<>(getTranslation("action.visibility"),
                EnumSet.allOf(ActionVisibility.class));
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v));
        visibility.setValue(ActionVisibility.INTERNAL);
        visibility.setId("action-visibility");
        DatePicker followUp = new DatePicker(getTranslation("action.nextFollowUp"));
        TextArea notes = new TextArea(getTranslation("action.notes"));
        notes.setId("action-notes");
        notes.setMaxLength(ActionDraft.MAX_NOTES);
        FormLayout form = new FormLayout(type, channel, outcome, visibility, followUp, notes);
        form.setColspan(notes, 2);
        Map<String, HasValidation> fields = Map.of("type", type, "channel", channel, "outcome", outcome,
                "visibility", visibility, "nextFollowUp", followUp, "notes", notes);
        Dialog dialog = new Dialog(getTranslation("action.log"));
        dialog.setWidth("40em");
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), event -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                actions.record(claimId, new ActionDraft(type.getValue(), channel.getValue(), outcome.getValue(),
                        notes.getValue(), visibility.getValue(), null, followUp.getValue()));
                dialog.close();
                Notifications.success(getTranslation("saved"));
                onChange.run();
            } catch (ValidationException e) {
                showViolations(e.violations(), fields);
            }
        });
        save.setId("save-action");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void showViolations(List<FieldViolation> violations, Map<String, HasValidation> fields) {
        for (FieldViolation violation : violations) {
            HasValidation field = fields.get(violation.field());
            String message = getTranslation("error." + violation.code().name());
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }
}

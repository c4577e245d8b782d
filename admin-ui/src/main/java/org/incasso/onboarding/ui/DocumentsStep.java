package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.DocumentType;
import org.incasso.documents.DocumentUpload;
import org.incasso.documents.DocumentsProperties;
import org.incasso.onboarding.ClaimDraft;
import org.incasso.ui.Notifications;

/**
 * "Documents": invoices, correspondence, contracts and dispute information, dropped or chosen.
 * Every file is checked on arrival as the claim would check it (size, content against its name),
 * and kept in the session until the claim is handed over.
 */
class DocumentsStep extends WizardStep {

    private static final Pattern DOCUMENT_FIELD = Pattern.compile("documents\\[(\\d+)].*");

    private final transient ClaimDocuments documents;
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private final Grid<DocumentUpload> grid = new Grid<>();
    private final List<DocumentUpload> files = new ArrayList<>();

    DocumentsStep(ClaimDocuments documents, DocumentsProperties limits) {
        super("documents");
        this.documents = documents;
        type.setId("wizard-document-type");
        type.setLabel(getTranslation("document.type"));
        type.setItems(EnumSet.allOf(DocumentType.class));
        type.setItemLabelGenerator(t -> getTranslation("documentType." + t));
        type.setValue(DocumentType.INVOICE);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setId("wizard-upload");
        // the files wait in the session until the claim is handed over: bounded in size and number
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxSize().toBytes()));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("error.TOO_LARGE")));
        upload.setDropLabel(new Span(getTranslation("document.drop")));
        upload.setUploadButton(new Button(getTranslation("document.choose")));
        grid.setId("wizard-documents");
        grid.addColumn(DocumentUpload::fileName).setHeader(getTranslation("document.fileName")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation("documentType." + d.type())).setHeader(getTranslation("document.type"));
        grid.addColumn(d -> (d.content().length + 1023) / 1024 + " kB").setHeader(getTranslation("document.size"));
        grid.addComponentColumn(this::removeButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("wizard.documents.intro")), type, upload, grid);
    }

    private void received(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        DocumentUpload file = new DocumentUpload(type.getValue() == null ? null : type.getValue().name(), fileName, bytes);
        try {
            documents.check(file);
            ui.access(() -> {
                if (files.size() >= ClaimDraft.MAX_DOCUMENTS) {
                    Notifications.error(getTranslation("wizard.documents.tooMany", ClaimDraft.MAX_DOCUMENTS));
                    return;
                }
                files.add(file);
                grid.setItems(files);
            });
        } catch (ValidationException e) {
            ui.access(() -> Notifications.error(fileName + ": " + e.violations().stream()
                    .map(v -> getTranslation("error." + v.code().name())).distinct()
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage())));
        }
    }

    private Button removeButton(DocumentUpload file) {
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
            files.remove(file);
            grid.setItems(files);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setTooltipText(getTranslation("wizard.document.remove"));
        return remove;
    }

    List<DocumentUpload> uploads() {
        return List.copyOf(files);
    }

    void fill(List<DocumentUpload> uploads) {
        files.clear();
        files.addAll(uploads);
        grid.setItems(files);
    }

    @Override
    boolean owns(String field) {
        return field.startsWith("documents");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        return Optional.empty();
    }

    /** A refused file is named in its message (the files have no input of their own). */
    @Override
    String message(FieldViolation violation) {
        Matcher matcher = DOCUMENT_FIELD.matcher(violation.field());
        int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        String message = super.message(violation);
        return index >= 0 && index < files.size() ? files.get(index).fileName() + ": " + message : message;
    }

    @Override
    List<? extends HasValidation> inputs() {
        return List.of(type);
    }
}

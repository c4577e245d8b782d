package org.incasso.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.incasso.claims.ui.ClaimPanel;
import org.incasso.common.ValidationException;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.Document;
import org.incasso.documents.DocumentContent;
import org.incasso.documents.DocumentType;
import org.incasso.documents.DocumentUpload;
import org.incasso.ui.Notifications;

/**
 * The claim's documents: upload (the content decides the type, not the name), download, and a
 * preview of PDFs and images.
 */
class DocumentsPanel extends ClaimPanel {

    private final transient ClaimDocuments documents;
    private final Grid<Document> grid = new Grid<>();
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private final Runnable onChange;
    private UUID claimId;

    DocumentsPanel(ClaimDocuments documents, Runnable onChange) {
        this.documents = documents;
        this.onChange = onChange;
        setPadding(false);
        type.setLabel(getTranslation("document.type"));
        type.setItems(EnumSet.allOf(DocumentType.class));
        type.setItemLabelGenerator(t -> getTranslation("documentType." + t));
        type.setValue(DocumentType.CORRESPONDENCE);
        type.setId("document-type");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> store(metadata.fileName(), bytes)));
        upload.setId("document-upload");
        upload.setDropLabel(new Span(getTranslation("document.drop")));
        upload.setUploadButton(new Button(getTranslation("document.choose")));
        HorizontalLayout top = new HorizontalLayout(type, upload);
        top.setDefaultVerticalComponentAlignment(Alignment.END);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("document.fileName")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation("documentType." + d.type())).setHeader(getTranslation("document.type"));
        grid.addColumn(Document::mediaType).setHeader(getTranslation("document.mediaType"));
        grid.addColumn(d -> (d.size() + 1023) / 1024 + " kB").setHeader(getTranslation("document.size"));
        grid.addColumn(d -> d.uploadedAt().format(when)).setHeader(getTranslation("document.uploadedAt"));
        grid.addComponentColumn(this::previewButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(top, grid);
    }

    @Override
    public void show(UUID claim) {
        this.claimId = claim;
        grid.setItems(documents.documentsOf(List.of(claim)).getOrDefault(claim, List.of()));
    }

    private void store(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        try {
            documents.upload(claimId, new DocumentUpload(type.getValue() == null ? null : type.getValue().name(),
                    fileName, bytes));
            ui.access(() -> {
                Notifications.success(getTranslation("document.uploaded", fileName));
                onChange.run();
            });
        } catch (ValidationException e) {
            ui.access(() -> Notifications.error(fileName + ": " + e.violations().stream()
                    .map(v -> getTranslation("error." + v.code().name())).distinct()
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage())));
        }
    }

    private Anchor downloadLink(Document document) {
        Anchor link = new Anchor(handler(document), AttachmentType.DOWNLOAD, document.fileName());
        link.addClassName("document-download");
        return link;
    }

    private Button previewButton(Document document) {
        boolean previewable = document.mediaType().startsWith("image/") || document.mediaType().equals("application/pdf");
        Button preview = new Button(VaadinIcon.EYE.create(), event -> preview(document));
        preview.setVisible(previewable);
        preview.setTooltipText(getTranslation("document.preview"));
        return preview;
    }

    private void preview(Document document) {
        Dialog dialog = new Dialog(document.fileName());
        dialog.setWidth("80vw");
        dialog.setHeight("85vh");
        if (document.mediaType().startsWith("image/")) {
            Image image = new Image(handler(document), document.fileName());
            image.setMaxWidth("100%");
            dialog.add(image);
        } else {
            IFrame frame = new IFrame();
            frame.setSrc(handler(document));
            frame.setSizeFull();
            dialog.add(frame);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
        dialog.open();
    }

    private DownloadHandler handler(Document document) {
        return DownloadHandler.fromInputStream(event -> {
            DocumentContent content = documents.download(document.id());
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), document.fileName(),
                    document.mediaType(), content.bytes().length);
        });
    }
}

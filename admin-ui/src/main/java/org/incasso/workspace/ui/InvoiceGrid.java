package org.incasso.workspace.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.incasso.claims.ClaimInvoice;
import org.incasso.ui.MoneyFormat;

/** The invoices of a claim. */
class InvoiceGrid extends Grid<ClaimInvoice> {

    InvoiceGrid() {
        addColumn(ClaimInvoice::number).setHeader(getTranslation("invoice.number"));
        addColumn(ClaimInvoice::invoiceDate).setHeader(getTranslation("invoice.date"));
        addColumn(ClaimInvoice::dueDate).setHeader(getTranslation("invoice.dueDate"));
        addColumn(invoice -> MoneyFormat.format(invoice.amount(), invoice.currency(), getLocale()))
                .setHeader(getTranslation("invoice.amount")).setTextAlign(ColumnTextAlign.END);
        addColumn(ClaimInvoice::description).setHeader(getTranslation("invoice.description")).setFlexGrow(2);
        setAllRowsVisible(true);
    }

    void show(List<ClaimInvoice> invoices) {
        setItems(invoices);
    }
}

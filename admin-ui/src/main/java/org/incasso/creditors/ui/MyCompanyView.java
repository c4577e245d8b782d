package org.incasso.creditors.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorDraft;
import org.incasso.creditors.CreditorService;
import org.incasso.ui.CompanyForm;
import org.incasso.ui.CompanyFormModel;
import org.incasso.ui.MainLayout;
import org.incasso.ui.Notifications;

/** A creditor user's own company details, bank account included. */
@Route(value = "my-company", layout = MainLayout.class)
@RolesAllowed("CREDITOR")
public class MyCompanyView extends VerticalLayout implements HasDynamicTitle {

    private final transient CreditorService creditors;
    private final CompanyForm form = new CompanyForm(true);
    private Creditor creditor;

    public MyCompanyView(CreditorService creditors) {
        this.creditors = creditors;
        add(new H2(getTranslation("nav.myCompany")));
        creditors.mine().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("myCompany.none"))));
    }

    private void show(Creditor found) {
        this.creditor = found;
        form.edit(found.company().name(), CompanyFormModel.of(found.company(), found.bankAccount(), found.vatDeductible()));
        form.onSave(model -> {
            creditor = creditors.update(creditor.id(), creditor.version(),
                    new CreditorDraft(model.toCompany(), model.toBankAccount(), model.isVatDeductible()));
            Notifications.success(getTranslation("saved"));
        });
        form.onCancel(() -> show(creditor));
        form.setMaxWidth("48em");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCompany");
    }
}

package org.incasso.creditors.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorDraft;
import org.incasso.creditors.CreditorService;
import org.incasso.ui.CompanyFormModel;
import org.incasso.ui.CompanyListView;
import org.incasso.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** The agency's creditors (clients), for specialists and admins. */
@Route(value = "creditors", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SPECIALIST"})
public class CreditorsView extends CompanyListView<Creditor> {

    private final transient CreditorService creditors;

    public CreditorsView(CreditorService creditors) {
        super("nav.creditors", true);
        this.creditors = creditors;
    }

    @Override
    protected List<Creditor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit) {
        return creditors.slice(filter, sort, offset, limit);
    }

    @Override
    protected int count(CompanyFilter filter) {
        return creditors.count(filter);
    }

    @Override
    protected CompanyDetails companyOf(Creditor item) {
        return item.company();
    }

    @Override
    protected CompanyFormModel modelOf(Creditor item) {
        return CompanyFormModel.of(item.company(), item.bankAccount(), item.vatDeductible());
    }

    @Override
    protected void store(@Nullable Creditor existing, CompanyFormModel model) {
        CreditorDraft draft = new CreditorDraft(model.toCompany(), model.toBankAccount(), model.isVatDeductible());
        if (existing == null) {
            creditors.create(draft);
        } else {
            creditors.update(existing.id(), existing.version(), draft);
        }
    }
}

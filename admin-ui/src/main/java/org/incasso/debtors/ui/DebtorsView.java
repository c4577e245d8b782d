package org.incasso.debtors.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.incasso.ui.CompanyFormModel;
import org.incasso.ui.CompanyListView;
import org.incasso.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** The debtors of the agency's claims, for specialists and admins. */
@Route(value = "debtors", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SPECIALIST"})
public class DebtorsView extends CompanyListView<Debtor> {

    private final transient DebtorService debtors;

    public DebtorsView(DebtorService debtors) {
        super("nav.debtors", false);
        this.debtors = debtors;
    }

    @Override
    protected List<Debtor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit) {
        return debtors.slice(filter, sort, offset, limit);
    }

    @Override
    protected int count(CompanyFilter filter) {
        return debtors.count(filter);
    }

    @Override
    protected CompanyDetails companyOf(Debtor item) {
        return item.company();
    }

    @Override
    protected CompanyFormModel modelOf(Debtor item) {
        return CompanyFormModel.of(item.company(), null, true);
    }

    @Override
    protected void store(@Nullable Debtor existing, CompanyFormModel model) {
        if (existing == null) {
            debtors.create(model.toCompany());
        } else {
            debtors.update(existing.id(), existing.version(), model.toCompany());
        }
    }
}

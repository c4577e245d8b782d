package org.incasso.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.tenancy.Tenants;

/** The frame around every view: the agency's name, navigation by role, the user and logout. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUsers currentUsers, Tenants tenants, AuthenticationContext authentication) {
        CurrentUser user = currentUsers.require();
        String agency = tenants.byId(user.tenantId()).map(t -> t.name()).orElse("Incasso");
        Span title = new Span(agency);
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(user.displayName());
        who.setId("current-user");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setWidthFull();
        header.setPadding(true);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        addToNavbar(header);
        addToDrawer(navigation(user));
    }

    private SideNav navigation(CurrentUser user) {
        SideNav nav = new SideNav();
        if (user.hasAnyRole(Role.ADMIN, Role.SPECIALIST)) {
            nav.addItem(new SideNavItem(getTranslation("nav.claims"), "claims", VaadinIcon.FOLDER_OPEN.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.creditors"), "creditors", VaadinIcon.BRIEFCASE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.debtors"), "debtors", VaadinIcon.BUILDING.create()));
        }
        if (user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.feeSchedule"), "admin/fee-schedule", VaadinIcon.COINS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.interestRates"), "admin/interest-rates",
                    VaadinIcon.CHART_LINE.create()));
        }
        if (user.hasRole(Role.CREDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.myClaims"), "dashboard", VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.myCompany"), "my-company", VaadinIcon.OFFICE.create()));
        }
        return nav;
    }
}

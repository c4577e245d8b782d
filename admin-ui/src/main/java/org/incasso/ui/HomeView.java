package org.incasso.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;

/** The start page: sends each role to its first view. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUsers currentUsers;

    public HomeView(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        add(new H2(getTranslation("home.title")), new Paragraph(getTranslation("home.partner")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser user = currentUsers.require();
        if (user.isStaff()) {
            event.forwardTo("claims");
        } else if (user.hasRole(Role.CREDITOR)) {
            event.forwardTo("dashboard");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}

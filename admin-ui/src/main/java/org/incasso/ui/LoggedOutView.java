package org.incasso.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where Keycloak sends the browser after logging out. */
@Route(LoggedOutView.ROUTE)
@AnonymousAllowed
public class LoggedOutView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "logged-out";

    public LoggedOutView() {
        add(new H2(getTranslation("loggedOut.title")), new Paragraph(getTranslation("loggedOut.text")),
                new Anchor(UiSecurityConfiguration.LOGIN_PATH, getTranslation("loggedOut.loginAgain")));
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loggedOut.title");
    }
}

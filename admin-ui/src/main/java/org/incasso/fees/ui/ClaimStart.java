package org.incasso.fees.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.Optional;
import org.incasso.common.Address;
import org.jspecify.annotations.Nullable;

/**
 * What the quote page carries into the claim wizard ("submit your claim"): kept in the visitor's
 * session only, nothing is stored until the claim is handed over.
 *
 * @param amount the amount outstanding as entered (a decimal with a point)
 */
public record ClaimStart(@Nullable String creditorName, Address creditorAddress, @Nullable String debtorName,
        Address debtorAddress, String amount, String currency, LocalDate dueDate) {

    public void keep(VaadinSession session) {
        session.setAttribute(ClaimStart.class, this);
    }

    /** The quote handed over in this session, once: a later visit of the wizard starts empty. */
    public static Optional<ClaimStart> take(VaadinSession session) {
        ClaimStart start = session.getAttribute(ClaimStart.class);
        session.setAttribute(ClaimStart.class, null);
        return Optional.ofNullable(start);
    }
}

package org.incasso.fees.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import org.incasso.fees.AgencyQuote;
import org.incasso.fees.domain.Quote;
import org.incasso.fees.domain.QuoteWarning;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;
import org.incasso.ui.MoneyFormat;

/** The figures of a quote, its door-policy warnings and the explanation of every figure. */
public class QuoteResult extends Div {

    public QuoteResult() {
        setId("quote-result");
    }

    public void show(AgencyQuote agencyQuote) {
        removeAll();
        Quote quote = agencyQuote.quote();
        add(new H3(getTranslation("quote.result.title", agencyQuote.agency().name())));
        add(line("quote-rate", "quote.result.rate", percent(quote.commissionRatePercent()),
                percent(quote.terms().baseRatePercent()), percent(quote.surchargePoints())));
        add(line("quote-band", "quote.result.band", quote.band().name(),
                getTranslation("quote.region." + quote.region().name())));
        add(line("quote-surcharge", "quote.result.surcharge", percent(quote.surchargePoints())));
        add(line("quote-registration-fee", "quote.result.registrationFee", money(quote.registrationFee())));
        add(line("quote-days", "quote.result.days", quote.expectedAmicableDays()));
        if (!quote.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("quote-warnings");
            for (QuoteWarning warning : quote.warnings()) {
                warnings.add(new ListItem(getTranslation("quote.warning." + warning.code().name())));
            }
            add(new Paragraph(getTranslation(quote.refused() ? "quote.result.refused" : "quote.result.warned")),
                    warnings);
        }
        UnorderedList explanation = new UnorderedList();
        explanation.setId("quote-explanation");
        for (ExplanationLine line : quote.explanation()) {
            explanation.add(new ListItem(getTranslation("quote.subject." + line.subject()) + ": " + line.text()));
        }
        add(new H3(getTranslation("quote.result.explanation")), explanation);
    }

    private Paragraph line(String id, String key, Object... parameters) {
        Paragraph paragraph = new Paragraph(getTranslation(key, parameters));
        paragraph.setId(id);
        return paragraph;
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String money(Money money) {
        return MoneyFormat.format(money.amount(), money.currency().getCurrencyCode(), getLocale());
    }
}

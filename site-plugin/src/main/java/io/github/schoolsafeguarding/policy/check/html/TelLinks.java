package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.CheckedPage.quote;

import io.github.schoolsafeguarding.policy.content.Phone;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Every {@code tel:} link dials from anywhere: a full number in international form ({@code +44...},
 * so that it also works from a phone roaming abroad), or a UK short code such as 999 or 116 123,
 * written as digits. Checked against Google's numbering-plan data, as contacts are.
 */
final class TelLinks implements PageRule {

    static final String ID = "html.tel-link";

    @Override
    public void check(CheckedPage page, List<Finding> findings) {
        for (Element link : page.document().select("a[href]")) {
            String href = link.attr("href").strip();
            if (!href.toLowerCase(Locale.ROOT).startsWith("tel:")) {
                continue;
            }
            Phone phone = new Phone(href.substring("tel:".length()), Optional.empty(), Optional.empty());
            if (!phone.isDiallableInTheUk()) {
                findings.add(page.error(ID, link, "link " + quote(href) + " is not a number a caller in the UK can dial",
                        "write the full number in international form, e.g. tel:+441234567890, or a UK short code"
                                + " as digits, e.g. tel:999 or tel:116123"));
            } else if (!phone.telLink().equals(href)) {
                findings.add(page.error(ID, link, "link " + quote(href) + " is not in international form",
                        "write it as " + phone.telLink() + ", which dials from any phone"));
            }
        }
    }
}

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.compliance.ReviewStatus;
import io.github.schoolsafeguarding.policy.compliance.SourceCurrency;
import io.github.schoolsafeguarding.policy.content.Checks;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.PageMeta;
import io.github.schoolsafeguarding.policy.content.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How current each page, contact and source is on the day the site is built, as the theme shows it:
 * a GOV.UK tag with the status in words ({@code label}) and its colour ({@code colour}: green, yellow,
 * red or grey), so that colour is never the only sign.
 */
final class CurrencyTags {

    private final LocalDate today;
    private final Checks checks;

    CurrencyTags(LocalDate today, Checks checks) {
        this.today = today;
        this.checks = checks;
    }

    LocalDate today() {
        return today;
    }

    ReviewStatus page(PageMeta page) {
        return ReviewStatus.of(page.reviewDue(), today, checks.reviewDueSoonDays());
    }

    /**
     * A confirmed contact is due for confirming again {@code verified_within_days} after it was
     * confirmed; a contact only copied from a document has no such date.
     */
    Optional<LocalDate> checkAgainBy(Contact contact) {
        return contact.confirmed().map(confirmed -> checks.checkAgainBy(confirmed.on()));
    }

    /** How current a confirmed contact's confirmation is; empty for a contact not yet confirmed. */
    Optional<ReviewStatus> contact(Contact contact) {
        return checkAgainBy(contact).map(due -> ReviewStatus.of(due, today, checks.reviewDueSoonDays()));
    }

    static Map<String, Object> contactTag(Optional<ReviewStatus> status) {
        return status.map(CurrencyTags::tag).orElseGet(() -> tag("Not confirmed", "grey"));
    }

    static Map<String, Object> tag(ReviewStatus status) {
        return tag(status.label(), switch (status) {
            case CURRENT -> "green";
            case DUE_SOON -> "yellow";
            case OVERDUE -> "red";
        });
    }

    static Map<String, Object> tag(String label, String colour) {
        return Map.of("label", label, "colour", colour);
    }

    /**
     * A source as {@link TemplateData#source} gives it, with its {@code currency} tag; an out-of-date
     * source a maintainer has recorded a reason to keep, within the age a check lasts, is amber, not
     * red, and carries {@code kept_because} and {@code checked}.
     */
    Map<String, Object> source(Source source) {
        Map<String, Object> data = new LinkedHashMap<>(TemplateData.source(source));
        SourceCurrency currency = SourceCurrency.of(source, today);
        boolean kept = source.isKept();
        boolean keptAndChecked = kept && !checks.isStale(source.checked().get(), today);
        String colour = currency == SourceCurrency.CURRENT ? "green" : keptAndChecked ? "yellow" : "red";
        data.put("currency", tag(currency.label(), colour));
        data.put("out_of_date", currency != SourceCurrency.CURRENT);
        if (kept && currency != SourceCurrency.CURRENT) {
            data.put("kept_because", source.keptBecause().get());
            data.put("checked", TemplateData.date(source.checked().get()));
            data.put("checked_iso", source.checked().get().toString());
        }
        return data;
    }
}

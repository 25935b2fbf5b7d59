package io.github.schoolsafeguarding.policy.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How strictly the content is held to account, from the {@code checks:} part of {@code site.yaml}:
 * each board sets its own ages and its own list of secure e-mail domains.
 *
 * @param verifiedWithinDays a contact, or a source kept past its review date, must have been
 *     checked within this many days, or it is reported as stale
 * @param reviewDueSoonDays a page whose review falls within this many days is shown as "due soon"
 *     on the compliance report, so that editors can plan
 * @param secureEmailDomains the domains that count as secure for sending a referral or
 *     intelligence about a child (a subdomain counts, so {@code pnn.police.uk} covers
 *     {@code bedfordshire.pnn.police.uk})
 * @param secureEmailRoles the contact roles that receive referrals or intelligence, whose e-mail
 *     address must be on a secure domain
 * @param secureEmailSource the source document that lists the secure domains, cited on the report
 */
public record Checks(
        int verifiedWithinDays,
        int reviewDueSoonDays,
        List<String> secureEmailDomains,
        List<String> secureEmailRoles,
        String secureEmailSource) {

    public static final int DEFAULT_VERIFIED_WITHIN_DAYS = 365;
    public static final int DEFAULT_REVIEW_DUE_SOON_DAYS = 42;

    public static Checks defaults() {
        return new Checks(DEFAULT_VERIFIED_WITHIN_DAYS, DEFAULT_REVIEW_DUE_SOON_DAYS, List.of(), List.of(), "");
    }

    /**
     * These checks with {@code more} secure domains: an area's own, which count for its own contacts
     * only.
     */
    public Checks withSecureEmailDomains(List<String> more) {
        List<String> domains = new ArrayList<>(secureEmailDomains);
        more.stream().filter(domain -> !domains.contains(domain)).forEach(domains::add);
        return new Checks(verifiedWithinDays, reviewDueSoonDays, List.copyOf(domains), secureEmailRoles,
                secureEmailSource);
    }

    /** The last day something checked on {@code checked} may go without another check. */
    public LocalDate checkAgainBy(LocalDate checked) {
        return checked.plusDays(verifiedWithinDays);
    }

    /** Whether something last checked on {@code checked} is stale on {@code today}. */
    public boolean isStale(LocalDate checked, LocalDate today) {
        return today.isAfter(checkAgainBy(checked));
    }

    /** Whether an e-mail address is on one of the secure domains, or a subdomain of one. */
    public boolean isSecure(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return secureEmailDomains.stream().map(secure -> secure.toLowerCase(Locale.ROOT))
                .anyMatch(secure -> domain.equals(secure) || domain.endsWith("." + secure));
    }

    /** Whether a contact in these roles receives referrals or intelligence. */
    public boolean receivesReferrals(List<String> roles) {
        return roles.stream().anyMatch(secureEmailRoles::contains);
    }
}

package io.github.schoolsafeguarding.policy.compliance;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Checks;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.Source;
import io.github.schoolsafeguarding.policy.content.UnreadContacts;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Rule;
import io.github.schoolsafeguarding.policy.render.SchoolField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that keep published guidance current and safe to act on: review dates, the currency of
 * the sources, how recently each contact was checked, where referrals may be e-mailed, whether every
 * contact an outcome sends a reader to exists in each area and can be reached out of hours, and the blanks
 * that make a policy template a policy. Each depends on the day it runs, which the caller gives, so
 * that a build can be repeated for any day.
 */
public final class ComplianceRules {

    private static final DateTimeFormatter DAY = CheckDay.DAY;

    private final Content content;
    private final Checks checks;
    private final CheckDay day;

    public ComplianceRules(Content content, CheckDay day) {
        this.content = content;
        this.checks = content.site().checks();
        this.day = day;
    }

    /** Reports every rule broken on the day checked for. */
    public void check(Problems problems) {
        content.pageFiles(content.areas()).forEach(page -> checkPage(page, problems));
        Set<String> cited = content.citedSources();
        content.everySource().stream().filter(source -> cited.contains(source.id()))
                .forEach(source -> checkSource(source, problems));
        String sharedDomains = "'checks: secure_email: domains:' in site.yaml";
        content.nationalContacts().forEach(contact -> checkContact(contact, checks, sharedDomains, problems));
        content.areas().forEach(area -> area.contacts().forEach(contact -> checkContact(contact, area.site().checks(),
                sharedDomains + " (or 'secure_email_domains:' in this area.yaml, for this area's contacts alone)",
                problems)));
        content.decisions().forEach(table -> checkRuleSources(table, problems));
        content.areas().forEach(area -> {
            checkOutcomeRoles(area, problems);
            checkOutOfHours(area, problems);
        });
    }

    /**
     * Every role an outcome names has a contact in every area (national contacts count for all), so
     * that no reader is told to call a service the page then gives no way to reach. One warning a
     * role, naming every outcome that needs it. A role that a contact which could not be read may
     * have is left to that contact's own problem.
     */
    private void checkOutcomeRoles(Area area, Problems problems) {
        UnreadContacts unread = content.unreadContactsFor(area);
        for (MissingRoles.MissingRole missing : MissingRoles.of(content, area)) {
            if (unread.role(missing.role())) {
                continue;
            }
            String outcomes = missing.neededBy().stream()
                    .map(need -> "'" + need.outcome().id() + "' of table '" + need.table().id() + "' ("
                            + need.output().location().format(content.folder().getParent()) + ")")
                    .collect(Collectors.joining(", "));
            problems.add(Problem.warning("decision.role-without-contact", area.contactsAt(),
                    area.name() + " (area '" + area.id() + "') has no contact with the role '" + missing.role()
                            + "', and no national contact has it; the outcomes that need it: " + outcomes,
                    "add a contact with the role '" + missing.role() + "' to this file, or take the role out of the"
                            + " outcomes' 'contacts:' if no service in any area fills it"));
        }
    }

    /**
     * A contact that takes referrals but is only open in the daytime leaves a school with nobody to
     * refer to at night: the area needs a contact in its out-of-hours role.
     */
    private void checkOutOfHours(Area area, Problems problems) {
        List<Contact> contacts = content.contactsFor(area);
        UnreadContacts unread = content.unreadContactsFor(area);
        for (Contact contact : contacts) {
            if (!contact.isDaytimeOnly()) {
                continue;
            }
            contact.roles().stream().filter(checks.secureEmailRoles()::contains)
                    .filter(role -> contacts.stream()
                            .noneMatch(other -> other.roles().contains(Contact.outOfHoursRole(role))))
                    .filter(role -> !unread.role(Contact.outOfHoursRole(role)))
                    .forEach(role -> problems.add(Problem.warning("contact.no-out-of-hours", contact.location(),
                            "contact '" + contact.id() + "' takes referrals as '" + role + "' and gives hours for every"
                                    + " number, none of them round the clock, but " + area.name()
                                    + " has no contact with the role '" + Contact.outOfHoursRole(role)
                                    + "' for when it is closed",
                            "add the service to call out of hours (an emergency duty team, say) with the role '"
                                    + Contact.outOfHoursRole(role) + "', or, if this number is answered at any hour,"
                                    + " say so in its hours: '24 hours a day, every day'")));
        }
    }

    /**
     * A superseded source may still be cited for history, but no rule the site applies may rest on it
     * alone: the rule must be checked against what replaced it.
     */
    private void checkRuleSources(DecisionTable table, Problems problems) {
        for (Rule rule : table.rules()) {
            Source source = content.sources().get(rule.source());
            if (source != null && source.supersededBy().isPresent()) {
                problems.add(Problem.error("decision.superseded-source", rule.location(),
                        "rule " + rule.number() + " of '" + table.id() + "' rests on '" + source.id()
                                + "', which has been superseded by " + source.supersededBy().get(),
                        "check the rule against the current source; if it says the same, make that the rule's"
                                + " 'source:' (and say so in 'why'), and if it differs, change the rule"));
            }
        }
    }

    private void checkPage(Page page, Problems problems) {
        LocalDate due = page.meta().reviewDue();
        if (day.date().isAfter(due)) {
            problems.add(Problem.warning("page.review-overdue", page.meta().at("review_due"),
                    "the page was due for review on " + DAY.format(due) + ", before " + day.described(),
                    "review it against its sources, then set 'last_reviewed' to the day you did and 'review_due'"
                            + " to the next review"));
        }
        if (page.meta().lastReviewed().isAfter(day.date())) {
            problems.add(Problem.error("page.reviewed-in-future", page.meta().at("last_reviewed"),
                    "'last_reviewed' is " + DAY.format(page.meta().lastReviewed()) + ", after " + day.described(),
                    "give the day the page was last reviewed" + day.ifTheDateIsRight()));
        }
        if (page.meta().layout().filter(SchoolField.POLICY_LAYOUT::equals).isPresent()) {
            for (SchoolField field : SchoolField.REQUIRED) {
                if (!placeholderPattern(field).matcher(page.body()).find()) {
                    problems.add(Problem.error("policy.missing-blank", Location.of(page.file(), page.bodyLine()),
                            "the policy template has no blank for the " + field.blank(),
                            "add " + field.placeholder() + " where the school records it, for example in the"
                                    + " list of details at the top"));
                }
            }
        }
    }

    private static Pattern placeholderPattern(SchoolField field) {
        return Pattern.compile("\\{\\{\\s*school\\." + Pattern.quote(field.key()) + "\\s*}}");
    }

    /**
     * A source past its review date or replaced stays a warning until a maintainer records that they
     * checked it and why the guidance still relies on it; that record, too, goes stale.
     */
    private void checkSource(Source source, Problems problems) {
        if (!source.isOutOfDate(day.date())) {
            return;
        }
        String state = source.supersededBy().map(successor -> "has been superseded by " + successor)
                .orElseGet(() -> "was due for review on " + DAY.format(source.reviewDue().orElseThrow()) + ", before "
                        + day.described());
        String id = source.supersededBy().isPresent() ? "source.superseded" : "source.review-overdue";
        if (source.isKept()) {
            if (!checks.isStale(source.checked().get(), day.date())) {
                return;
            }
            problems.add(Problem.warning(id, source.location(),
                    "source '" + source.id() + "' " + state + ", and was last checked on "
                            + DAY.format(source.checked().get()) + ", more than " + checks.verifiedWithinDays()
                            + " days before " + day.described(),
                    "check whether a newer edition replaces it; if the guidance still relies on it, update"
                            + " 'checked' and 'kept_because'"));
            return;
        }
        problems.add(Problem.warning(id, source.location(), "source '" + source.id() + "' " + state,
                "rewrite the pages that cite it from the current document, or, if the guidance must still"
                        + " rely on it, add 'checked: " + day.date() + "' and 'kept_because:' saying why"));
    }

    /**
     * A contact copied from a document is shown as copied, so only a confirmation can go stale: one
     * that has is worse than none, because readers are told it was checked.
     *
     * @param checks site.yaml's checks for a national contact; for an area's own, with the area's
     *     own secure domains added
     * @param domainsGoIn where the editor adds a secure domain, for the message
     */
    private void checkContact(Contact contact, Checks checks, String domainsGoIn, Problems problems) {
        contact.confirmed().ifPresent(confirmed -> {
            if (checks.isStale(confirmed.on(), day.date())) {
                problems.add(Problem.warning("contact.stale", contact.location(),
                        "contact '" + contact.id() + "' was last confirmed with the service on "
                                + DAY.format(confirmed.on()) + ", more than " + checks.verifiedWithinDays() + " days before "
                                + day.described(),
                        "confirm its numbers and addresses with the service again, then set 'confirmed: on:' to"
                                + " the day you did, or remove 'confirmed:' so readers see it as copied from its source"));
            }
            if (confirmed.on().isAfter(day.date())) {
                problems.add(Problem.error("contact.confirmed-in-future", contact.location(),
                        "contact '" + contact.id() + "' says it was confirmed on " + DAY.format(confirmed.on())
                                + ", after " + day.described(),
                        "give the day its details were confirmed with the service" + day.ifTheDateIsRight()));
            }
        });
        contact.email().filter(email -> checks.receivesReferrals(contact.roles()) && !checks.isSecure(email))
                .ifPresent(email -> problems.add(Problem.error("contact.insecure-email", contact.location(),
                        "contact '" + contact.id() + "' takes referrals or intelligence about children, but '" + email
                                + "' is not on a secure e-mail domain",
                        checks.secureEmailDomains().isEmpty()
                                ? "list the secure domains under " + domainsGoIn
                                : "give its secure address (on " + String.join(", ", checks.secureEmailDomains())
                                        + "), or add the domain to " + domainsGoIn
                                        + " if a source lists it as secure")));
    }
}

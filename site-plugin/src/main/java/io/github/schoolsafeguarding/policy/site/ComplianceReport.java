package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.compliance.MissingRoles;
import io.github.schoolsafeguarding.policy.compliance.ReferralRoutes;
import io.github.schoolsafeguarding.policy.compliance.ReviewStatus;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Checks;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.Source;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.verify.ExampleCoverage;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import io.github.schoolsafeguarding.policy.law.Law;
import io.github.schoolsafeguarding.policy.law.Legislation;
import io.github.schoolsafeguarding.policy.override.OverriddenPage;
import io.github.schoolsafeguarding.policy.override.Overrides;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What the compliance report of one area shows: how current each of its pages, contacts, decision
 * tables and sources is on the day of the build, and the warnings the build gave about the files
 * the area is published from. Documented in theme/README.md.
 */
final class ComplianceReport {

    /** Where the report is published, as if it were a page: the engine writes it, with no Markdown. */
    static final String PATH = "compliance.md";

    private static final String CONTACTS_LAYOUT = "contacts";

    /**
     * The most pages the report's table of pages shows on one page; the rest follow on pages of their
     * own, so the report does not grow with the guidance (2.8 MB for 5,000 pages on one page). The
     * real areas have about 50 pages each, so their report stays one page.
     */
    static final int PAGES_PER_PAGE = 100;

    private final Content content;
    private final Area area;
    private final SiteMap siteMap;
    private final Map<String, Verification> verifications;
    private final DecisionBlocks decisionBlocks;
    private final Legislation legislation;
    private final Map<String, Set<String>> contactGaps;
    private final CurrencyTags currency;
    /** The page that lists the area's contacts, where each has its anchor, if the area has one. */
    private final Optional<Page> contactsPage;
    /** The area's pages, the soonest review first. */
    private final List<Page> pages;
    private final Pagination pagesList;

    /** @param contactGaps the contact roles the area's pages asked for and it has no contact for, with the pages */
    ComplianceReport(Content content, Area area, SiteMap siteMap, Map<String, Verification> verifications,
            DecisionBlocks decisionBlocks, Legislation legislation, Map<String, Set<String>> contactGaps,
            CurrencyTags currency) {
        this.content = content;
        this.area = area;
        this.siteMap = siteMap;
        this.verifications = verifications;
        this.decisionBlocks = decisionBlocks;
        this.legislation = legislation;
        this.contactGaps = contactGaps;
        this.currency = currency;
        this.pages = StreamSupport.stream(siteMap.all().spliterator(), false)
                .sorted(Comparator.comparing((Page page) -> page.meta().reviewDue()).thenComparing(Page::path))
                .toList();
        this.pagesList = new Pagination(PATH, pages.size(), PAGES_PER_PAGE);
        this.contactsPage = StreamSupport.stream(siteMap.all().spliterator(), false)
                .filter(page -> page.meta().layout().filter(CONTACTS_LAYOUT::equals).isPresent()).findFirst();
    }

    /** The report's pages: its first holds the whole report; those after it the rest of its table of pages. */
    Pagination pages() {
        return pagesList;
    }

    /**
     * What page {@code number} (after the first) of the report shows: the day, the link back to the
     * first page ({@code url}), and the rows of its table of pages with the links to the others.
     */
    Map<String, Object> laterPage(int number) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checked_on", TemplateData.date(currency.today()));
        report.put("checked_on_iso", currency.today().toString());
        report.put("url", PagePaths.htmlFile(PATH));
        putPages(report, number);
        return report;
    }

    private void putPages(Map<String, Object> report, int number) {
        report.put("review_due_soon_days", area.site().checks().reviewDueSoonDays());
        report.put("pages", TemplateData.block(pagesList.slice(pages, number).stream().map(this::page).toList()));
        report.put("pagination", pagesList.data(number, "Pages of the table of pages"));
    }

    /** The report, given every problem the build has found. */
    Map<String, Object> data(List<Problem> found) {
        List<Contact> contacts = content.contactsFor(area);
        List<String> warnings = found.stream().filter(this::concernsArea)
                .map(problem -> problem.format(content.folder().getParent())).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checked_on", TemplateData.date(currency.today()));
        report.put("checked_on_iso", currency.today().toString());
        Map<ReviewStatus, Long> pageStatuses = pages.stream()
                .collect(Collectors.groupingBy(page -> currency.page(page.meta()), Collectors.counting()));
        report.put("pages_count", pages.size());
        report.put("pages_current", pageStatuses.getOrDefault(ReviewStatus.CURRENT, 0L));
        report.put("pages_due_soon", pageStatuses.getOrDefault(ReviewStatus.DUE_SOON, 0L));
        report.put("pages_overdue", pageStatuses.getOrDefault(ReviewStatus.OVERDUE, 0L));
        report.put("contacts_count", contacts.size());
        report.put("contacts_stale", contacts.stream().map(currency::contact)
                .filter(status -> status.filter(ReviewStatus.OVERDUE::equals).isPresent()).count());
        report.put("contacts_confirmed", contacts.stream().filter(contact -> contact.confirmed().isPresent()).count());
        report.put("contacts_unconfirmed", contacts.stream().filter(contact -> contact.confirmed().isEmpty()).count());
        report.put("tables_count", content.decisions().size());
        report.put("tables_verified", content.decisions().stream()
                .filter(table -> !verifications.get(table.id()).hasErrors()).count());
        report.put("warnings_count", warnings.size());
        report.put("warnings", TemplateData.block(warnings));
        report.put("verified_within_days", area.site().checks().verifiedWithinDays());
        putPages(report, 1);
        report.put("contacts", TemplateData.block(contacts.stream().map(this::contact).toList()));
        Overrides overrides = Overrides.of(content, area);
        report.put("overrides_count", overrides.overridden().size());
        report.put("overrides_stale", overrides.count(OverriddenPage.Status.STALE));
        report.put("overrides_unrecorded", overrides.count(OverriddenPage.Status.UNRECORDED));
        report.put("overrides", TemplateData.block(overrides.overridden().stream().map(this::overridden).toList()));
        report.put("own_pages_count", overrides.ownPages().size());
        report.put("own_pages", TemplateData.block(overrides.ownPages().stream().map(this::ownPage).toList()));
        report.put("contact_gaps_count", contactGaps.size());
        report.put("contact_gaps", TemplateData.block(contactGaps.entrySet().stream().map(gap -> Map.of(
                "role", gap.getKey(),
                "pages", gap.getValue().stream().map(path -> siteMap.page(path)).flatMap(Optional::stream)
                        .map(page -> Map.of("title", page.meta().title(),
                                "url", PagePaths.relative(PATH, PagePaths.htmlFile(page.path()))))
                        .toList())).toList()));
        List<MissingRoles.MissingRole> missingRoles = MissingRoles.of(content, area);
        report.put("missing_roles_count", missingRoles.size());
        report.put("missing_roles", TemplateData.block(missingRoles.stream().map(this::missingRole).toList()));
        List<ReferralRoutes.Gap> referralGaps = ReferralRoutes.gaps(content, area);
        report.put("referral_gaps_count", referralGaps.size());
        report.put("referral_gaps", TemplateData.block(referralGaps.stream().map(this::referralGap).toList()));
        report.put("tables", TemplateData.block(content.decisions().stream().map(this::table).toList()));
        report.put("sources", TemplateData.block(citedSources()));
        List<Law> laws = legislation.laws();
        Map<Law.Status, Long> lawStatuses = laws.stream()
                .collect(Collectors.groupingBy(Law::status, Collectors.counting()));
        report.put("laws_count", laws.size());
        report.put("laws_in_force", lawStatuses.getOrDefault(Law.Status.IN_FORCE, 0L));
        report.put("laws_amended", lawStatuses.getOrDefault(Law.Status.AMENDED, 0L));
        report.put("laws_repealed", lawStatuses.getOrDefault(Law.Status.REPEALED, 0L));
        report.put("laws_unchecked", laws.stream().filter(law -> law.checked().isEmpty()).count());
        report.put("laws", TemplateData.block(laws.stream().map(this::law).toList()));
        return report;
    }

    /**
     * Whether a problem lies in a file this area is published from: not in another area's folder, nor
     * in a shared page this area replaces with its own.
     */
    private boolean concernsArea(Problem problem) {
        Path file = problem.location().file();
        boolean otherArea = content.areas().stream()
                .anyMatch(other -> !other.id().equals(area.id()) && file.startsWith(other.folder()));
        boolean replaced = content.areaPages().getOrDefault(area.id(), Map.of()).keySet().stream()
                .anyMatch(path -> file.equals(content.folder().resolve("pages").resolve(path)));
        return !otherArea && !replaced;
    }

    private Map<String, Object> page(Page page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", page.meta().title());
        data.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(page.path())));
        data.put("owner", page.meta().owner());
        data.put("last_reviewed", TemplateData.date(page.meta().lastReviewed()));
        data.put("last_reviewed_iso", page.meta().lastReviewed().toString());
        data.put("review_due", TemplateData.date(page.meta().reviewDue()));
        data.put("review_due_iso", page.meta().reviewDue().toString());
        data.put("status", CurrencyTags.tag(currency.page(page.meta())));
        return data;
    }

    /** An area's copy of a shared page, and whether it still follows the shared page it was made from. */
    private Map<String, Object> overridden(OverriddenPage page) {
        Map<String, Object> data = ownPage(page.copy());
        data.put("status", CurrencyTags.tag(page.status().label(), page.status().colour()));
        return data;
    }

    private Map<String, Object> ownPage(Page page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", page.meta().title());
        data.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(page.path())));
        data.put("path", page.path());
        return data;
    }

    private Map<String, Object> contact(Contact contact) {
        Checks checks = content.checksFor(contact, area);
        Map<String, Source> sources = content.sourcesFor(area);
        Map<String, Object> data = new LinkedHashMap<>(TemplateData.contact(contact));
        data.put("where", area.contacts().contains(contact) ? area.name() : "National");
        contactsPage.ifPresent(page -> data.put("url",
                PagePaths.relative(PATH, PagePaths.htmlFile(page.path())) + "#contact-" + contact.id()));
        currency.checkAgainBy(contact).ifPresent(due -> {
            data.put("check_again_by", TemplateData.date(due));
            data.put("check_again_by_iso", due.toString());
        });
        data.put("status", CurrencyTags.contactTag(currency.contact(contact)));
        if (sources.containsKey(contact.source())) {
            data.put("source", TemplateData.source(sources.get(contact.source())));
        }
        contact.email().ifPresent(email -> data.put("email_status", !checks.receivesReferrals(contact.roles())
                ? CurrencyTags.tag("Not for referrals", "grey")
                : checks.isSecure(email) ? CurrencyTags.tag("Secure", "green") : CurrencyTags.tag("Not secure", "red")));
        return data;
    }

    private Map<String, Object> missingRole(MissingRoles.MissingRole missing) {
        return Map.of("role", missing.role(), "outcomes", missing.neededBy().stream().map(need -> Map.of(
                "table_id", need.table().id(),
                "question", need.table().question(),
                "url", PagePaths.relative(PATH, PagePaths.htmlFile(AreaRenderer.decisionPath(need.table()))),
                "outcome_id", need.outcome().id(),
                "outcome", need.outcome().label())).toList());
    }

    private Map<String, Object> referralGap(ReferralRoutes.Gap gap) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("table_id", gap.table().id());
        data.put("question", gap.table().question());
        data.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(AreaRenderer.decisionPath(gap.table()))));
        data.put("outcome_id", gap.outcome().id());
        data.put("outcome", gap.outcome().label());
        data.put("role", gap.role());
        data.put("missing", gap.missing());
        return data;
    }

    /** A law with a link to its entry on the legislation page, where readers see the same status. */
    private Map<String, Object> law(Law law) {
        Map<String, Object> data = new LinkedHashMap<>(LawBlocks.data(law, legislation));
        data.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(legislation.pagePath())) + "#" + law.id());
        return data;
    }

    private Map<String, Object> table(DecisionTable table) {
        Verification verification = verifications.get(table.id());
        ExampleCoverage coverage = verification.coverage();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", table.id());
        data.put("question", table.question());
        if (!verification.hasErrors()) {
            data.put("url", PagePaths.relative(PATH, PagePaths.htmlFile(AreaRenderer.decisionPath(table))));
        }
        data.put("status", verification.hasErrors() ? CurrencyTags.tag("Has errors", "red")
                : verification.findings().isEmpty() ? CurrencyTags.tag("Verified", "green")
                : CurrencyTags.tag("Verified, with notes", "yellow"));
        data.put("notes", TemplateData.block(verification.findings().stream().map(Problem::message).toList()));
        data.put("rules", coverage.rules());
        data.put("coverage", coverage.exercised().size() + " of " + coverage.rules() + " rules (" + coverage.percent()
                + "%)");
        if (!coverage.notExercised().isEmpty()) {
            data.put("not_exercised", (coverage.notExercised().size() == 1 ? "Rule " : "Rules ")
                    + coverage.notExercised().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        data.put("examples", table.examples().size());
        data.put("shown_on", TemplateData.block(decisionBlocks.pagesShowing(table.id()).stream()
                .flatMap(path -> siteMap.page(path).stream())
                .map(page -> Map.of("title", page.meta().title(),
                        "url", PagePaths.relative(PATH, PagePaths.htmlFile(page.path()))))
                .toList()));
        return data;
    }

    /** The sources the area's pages cite, in the order of sources.yaml (then the area's own), each with the number of pages citing it. */
    private List<Map<String, Object>> citedSources() {
        Map<String, Integer> citations = new LinkedHashMap<>();
        pages.forEach(page -> page.meta().sources().forEach(id -> citations.merge(id, 1, Integer::sum)));
        Map<String, Source> known = content.sourcesFor(area);
        Set<String> cited = new LinkedHashSet<>(known.keySet());
        cited.retainAll(citations.keySet());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (String id : cited) {
            Map<String, Object> data = currency.source(known.get(id));
            data.put("cited_by", citations.get(id) == 1 ? "1 page" : citations.get(id) + " pages");
            sources.add(data);
        }
        return sources;
    }
}

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.compliance.ReviewStatus;
import io.github.schoolsafeguarding.policy.check.html.HtmlPage;
import io.github.schoolsafeguarding.policy.check.html.SourceMarks;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.Source;
import io.github.schoolsafeguarding.policy.content.UnreadContacts;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import io.github.schoolsafeguarding.policy.handbook.Chapter;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import io.github.schoolsafeguarding.policy.law.Legislation;
import io.github.schoolsafeguarding.policy.render.FencedBlocks;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import io.github.schoolsafeguarding.policy.render.PageLink;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import io.github.schoolsafeguarding.policy.render.Placeholders;
import io.github.schoolsafeguarding.policy.render.RenderedMarkdown;
import io.github.schoolsafeguarding.policy.render.SchoolField;
import io.github.schoolsafeguarding.policy.render.Theme;
import io.github.schoolsafeguarding.policy.render.WebLink;
import io.github.schoolsafeguarding.policy.search.PageSections;
import io.github.schoolsafeguarding.policy.search.SearchDocument;
import io.github.schoolsafeguarding.policy.search.SearchIndex;
import io.github.schoolsafeguarding.policy.search.Synonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Renders every page of one area, and checks the links between them. */
final class AreaRenderer {

    /** What {@link Memo#made} counts for each page whose Markdown a build rendered afresh. */
    static final String RENDERED_PAGE = "page";

    /** The layout of a page of acts and sections, which lists under each section the pages citing it. */
    static final String LEGISLATION = Legislation.LAYOUT;

    /** Where the search page is published, as if it were a page: it has no Markdown of its own. */
    static final String SEARCH = "search.md";
    /** The folder the theme's assets are published to in every area. */
    static final String ASSETS = "assets/";

    /** The layout of the compliance report's pages after its first, which hold the rest of its table of pages. */
    private static final String LATER_REPORT_PAGE = "compliance-continued";

    /** The layout of the page that lists the decision tables. */
    private static final String DECISIONS = "decisions";

    /**
     * A section with more pages than this shows only some of them in its side navigation: a longer
     * list of links is more than a reader scans for the page they want, and listing every page on
     * every page made each page grow with its section (94 KB a page in a section of 5,000). The
     * largest section of the real guidance has 12 pages, well below.
     */
    static final int SIDE_NAVIGATION_LIMIT = 30;

    /** How many pages before and after the current one a collapsed side navigation shows. */
    static final int NEIGHBOURS = 5;

    /** The most pages a section's index lists on one page, with their summaries; the rest on pages after it. */
    static final int SECTION_LIST_SIZE = 50;

    private final Content content;
    private final Area area;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final SiteMap siteMap;
    private final Map<String, Object> placeholderScope;
    /** The contacts of the area that could not be read, reported already: what needs them is not reported again. */
    private final UnreadContacts unreadContacts;
    private final Map<String, Object> common;
    private final Map<String, Verification> verifications;
    private final DecisionPageData decisionData;
    private final DecisionBlocks decisionBlocks;
    private final Legislation legislation;
    private final ContactBlocks contactBlocks;
    private final FencedBlocks blocks;
    private final CurrencyTags currency;
    /** The sources the area's pages and contacts may cite: the shared ones and the area's own. */
    private final Map<String, Source> sources;
    /** Where each page goes to be checked as soon as it is rendered, so that checking overlaps rendering. */
    private final Consumer<HtmlPage> htmlChecks;
    private final Memo memo;
    /** The fingerprint of every input but the pages' Markdown, in the key of what {@link #memo} keeps. */
    private final String shared;

    /**
     * @param today the day the compliance report and the pages' review status are for
     * @param memo what the last build of the same publisher worked out, to reuse
     * @param shared the fingerprint of the content's and the theme's files but the pages' Markdown
     * @param htmlChecks takes each page as rendered, with its source marks, to check its HTML
     */
    AreaRenderer(Content content, Area area, Theme theme, MarkdownRenderer markdown,
            Map<String, Verification> verifications, Legislation legislation, LocalDate today, Memo memo,
            String shared, Consumer<HtmlPage> htmlChecks) {
        this.content = content;
        this.htmlChecks = htmlChecks;
        this.memo = memo;
        this.shared = shared;
        this.currency = new CurrencyTags(today, area.site().checks());
        this.verifications = verifications;
        this.sources = content.sourcesFor(area);
        this.decisionData = new DecisionPageData(sources, content.contactsFor(area), content.decisions());
        this.decisionBlocks = new DecisionBlocks(content.decisions(), content.unreadableTables(), verifications, decisionData, theme);
        this.legislation = legislation;
        this.unreadContacts = content.unreadContactsFor(area);
        this.contactBlocks = new ContactBlocks(content.contactsFor(area), unreadContacts, this::sourcedEntry, markdown,
                theme);
        this.blocks = decisionBlocks.or(new LawBlocks(legislation, theme)).or(contactBlocks);
        this.area = area;
        this.theme = theme;
        this.markdown = markdown;
        this.siteMap = new SiteMap(content.pagesFor(area));
        this.placeholderScope = Map.of(
                "area", TemplateData.area(area),
                "contact", TemplateData.contactsById(content.contactsFor(area)),
                "site", TemplateData.site(area.site()));
        this.common = commonData();
    }

    /**
     * The area's published files by path below the area's folder, with the problems reported, and
     * the links for the caller to check across areas: those that lead nowhere, and those that leave
     * the site.
     *
     * @param handbookPages takes the area's files as soon as the pages of its handbook
     *     ({@link #handbookChapters}) are among them, before the rest of the area is rendered
     */
    RenderedArea render(Problems problems, Consumer<Map<String, byte[]>> handbookPages) {
        List<BrokenLink> brokenLinks = new ArrayList<>();
        PageFailure.checking("checking the navigation",
                () -> siteMap.checkSections(content.unreadablePages(), problems));
        reportReservedNames(problems);
        Map<String, Body> bodies = new TreeMap<>();
        for (Page page : siteMap.all()) {
            bodies.put(page.path(), body(page, problems));
        }
        Citations citations = new Citations();
        bodies.forEach((path, body) -> citations.add(path, body.markdown().links()));
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Reachable> linkable = new TreeMap<>();
        // the handbook's pages first, so that it is laid out while the rest is rendered
        Set<String> inHandbook = handbookChapters().stream().map(Chapter::file).collect(Collectors.toSet());
        Predicate<String> chapter = path -> inHandbook.contains(PagePaths.htmlFile(path));
        renderPages(bodies, chapter, citations, files, linkable, problems);
        renderDecisionPages(files, linkable, problems);
        handbookPages.accept(files);
        renderPages(bodies, chapter.negate(), citations, files, linkable, problems);
        // the pages so far, in the order of their files
        Map<String, List<SearchDocument>> searched = new TreeMap<>();
        linkable.values().forEach(page -> searched.put(page.file(), page.sections()));
        PageFailure.checking("making the search index", () -> files.putAll(SearchIndex.of(
                searched.values().stream().flatMap(List::stream).toList(),
                Synonyms.of(content.folder(), area.folder(), problems), area.name(), problems, memo)));
        // after the search index: the later pages of a long section's list repeat titles the index has
        bodies.forEach((path, body) -> siteMap.page(path).filter(Page::isIndex)
                .ifPresent(section -> publishLaterListPages(section, body, problems, files)));
        Map<String, Object> search = furniture(SEARCH);
        // the search page has its own search box, so the header leaves its one out
        search.put("search_page", true);
        publish(SEARCH, rendered(SEARCH, theme.templateFile("search"), "search", search, problems), files, linkable);
        Set<String> unread = unread(bodies);
        PageFailure.checking("checking the links between pages",
                () -> bodies.values().forEach(body -> findBrokenLinks(body, linkable, unread, brokenLinks)));
        return new RenderedArea(files, brokenLinks,
                bodies.values().stream().flatMap(body -> body.markdown().webLinks().stream()).toList(),
                content.decisions().stream().filter(table -> decisionBlocks.pagesShowing(table.id()).isEmpty())
                        .toList());
    }

    /** The pages at the paths {@code rendered} takes, from their bodies. */
    private void renderPages(Map<String, Body> bodies, Predicate<String> rendered, Citations citations,
            Map<String, byte[]> files, Map<String, Reachable> linkable, Problems problems) {
        bodies.forEach((path, body) -> siteMap.page(path).filter(page -> rendered.test(path)).ifPresent(page -> {
            String layout = layout(page, problems);
            String html = layout.equals(LEGISLATION)
                    ? citations.annotate(path, body.markdown().html(), siteMap)
                    : body.markdown().html();
            publish(path, PageFailure.building(page.file(),
                    () -> rendered(path, page.file(), layout, pageData(page, body, html), problems)), files, linkable);
        }));
    }

    /** The page of each decision table without errors: after every body, which say which pages show it. */
    private void renderDecisionPages(Map<String, byte[]> files, Map<String, Reachable> linkable, Problems problems) {
        for (DecisionTable table : content.decisions()) {
            checkContactRoles(table, problems);
            if (!verifications.get(table.id()).hasErrors()) {
                Map<String, Object> data = furniture(decisionPath(table));
                data.put("table", decisionData.table(table, verifications.get(table.id())));
                data.put("page", Map.of("exit_this_page", decisionBlocks.pagesShowing(table.id()).stream()
                        .anyMatch(siteMap::showsExitThisPage)));
                publish(decisionPath(table), rendered(decisionPath(table), table.location().file(), "decision", data,
                        problems), files, linkable);
            }
        }
    }

    /**
     * What {@link #render} made of one area, with what the caller checks across areas: links that
     * lead nowhere, links out of the site, and the decision tables no page of the area shows.
     */
    record RenderedArea(Map<String, byte[]> files, List<BrokenLink> brokenLinks, List<WebLink> webLinks,
            List<DecisionTable> tablesNotShown) {}

    /**
     * The pages about the area's pages, made after {@link #render} once the whole build is checked,
     * since the compliance report counts the build's warnings: the report, the amendments page and
     * the amendments feed. Like the search page they have no Markdown, and the search leaves them
     * out, since they repeat every page's title.
     */
    Map<String, byte[]> renderReports(List<Problem> found, Problems problems) {
        for (String reserved : List.of(ComplianceReport.PATH, AmendmentLog.PATH)) {
            reportReservedName(reserved, "its own " + PagePaths.htmlFile(reserved) + " in every area", problems);
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Object> report = furniture(ComplianceReport.PATH);
        report.put("page", Map.of("title", "Compliance report", "summary", "How current the guidance for " + area.name()
                + " is: when each page was reviewed, when each contact was checked, how each decision table is"
                + " verified, and the state of the documents it is written from."));
        ComplianceReport compliance = new ComplianceReport(content, area, siteMap, verifications, decisionBlocks,
                legislation, contactBlocks.gaps(), currency);
        report.put("report", compliance.data(found));
        publish(ComplianceReport.PATH, rendered(ComplianceReport.PATH, theme.templateFile("compliance"), "compliance", report,
                problems), files);
        Pagination reportPages = compliance.pages();
        for (int number = 2; number <= reportPages.pages(); number++) {
            String path = reportPages.path(number);
            reportReservedName(path, PagePaths.htmlFile(path) + " as page " + number + " of the compliance report",
                    problems);
            Map<String, Object> later = furniture(path);
            later.put("page", Map.of("title", "Compliance report" + reportPages.titleSuffix(number), "summary",
                    "The rest of the table of the pages for " + area.name() + ", the soonest review first."));
            later.put("report", compliance.laterPage(number));
            publish(path, rendered(path, theme.templateFile(LATER_REPORT_PAGE), LATER_REPORT_PAGE, later, problems), files);
        }
        AmendmentLog log = new AmendmentLog(area.site(), area, siteMap.all());
        Map<String, Object> amendments = furniture(AmendmentLog.PATH);
        amendments.put("page", Map.of("title", "Amendments", "summary", "What has changed in the guidance for "
                + area.name() + ", newest first."));
        amendments.put("amendments", log.data());
        amendments.put("feed_url", AmendmentLog.FEED);
        publish(AmendmentLog.PATH, rendered(AmendmentLog.PATH, theme.templateFile("amendments"), "amendments", amendments,
                problems), files);
        files.put(AmendmentLog.FEED, log.feed());
        return files;
    }

    /**
     * The pages that take the name of the search page or a decision table's page, or lie in a folder
     * the build fills with its own files (the theme's assets, the search index).
     */
    private void reportReservedNames(Problems problems) {
        reportReservedName(SEARCH, "its own search page, " + PagePaths.htmlFile(SEARCH) + ", in every area", problems);
        content.decisions().forEach(table -> reportReservedName(decisionPath(table),
                "the page of decision table '" + table.id() + "' there", problems));
        for (String folder : List.of(ASSETS, SearchIndex.FOLDER)) {
            for (Page page : siteMap.all()) {
                if (page.path().startsWith(folder)) {
                    problems.add(Problem.error("page.reserved-name", Location.of(page.file()), "the build writes its own"
                            + " files into " + folder + ", so this page would be mixed in with them or replaced",
                            "move the page to another folder, and change the links to it"));
                }
            }
        }
    }

    /** A page where the build writes a file of its own, which would replace the page. */
    private void reportReservedName(String path, String written, Problems problems) {
        siteMap.page(path).ifPresent(page -> problems.add(Problem.error("page.reserved-name", Location.of(page.file()),
                "the build writes " + written + ", which would replace this page",
                "give the page another file name, and change the links to it")));
    }

    /**
     * The pages the area's handbook holds, in the order the header's navigation gives them: the home
     * page, then each top-level page and section with the pages inside it, and the decision tables
     * under the page that lists them. The footer's pages (the legislation, the sources, the
     * accessibility statement, the maintainers' guide) are about the site, not guidance to act on.
     */
    List<Chapter> handbookChapters() {
        List<Chapter> chapters = new ArrayList<>();
        siteMap.page(SiteMap.HOME).ifPresent(home -> chapters.add(chapter(home, 1)));
        siteMap.children(SiteMap.HOME).stream().filter(page -> !page.meta().inFooter())
                .forEach(page -> addWithChildren(page, 1, chapters));
        return chapters;
    }

    private void addWithChildren(Page page, int level, List<Chapter> chapters) {
        chapters.add(chapter(page, level));
        if (page.meta().layout().filter(DECISIONS::equals).isPresent()) {
            content.decisions().stream().filter(table -> !verifications.get(table.id()).hasErrors())
                    .forEach(table -> chapters.add(new Chapter(PagePaths.htmlFile(decisionPath(table)),
                            table.question(), level + 1, true)));
        }
        if (page.isIndex()) {
            siteMap.children(page.path()).forEach(child -> addWithChildren(child, level + 1, chapters));
        }
    }

    private static Chapter chapter(Page page, int level) {
        return new Chapter(PagePaths.htmlFile(page.path()), page.meta().title(), level, false);
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a page's placeholders may name: the area's facts, and on a policy template the blanks
     * the school fills in.
     */
    private Map<String, Object> placeholderScope(Page page) {
        if (!isSchoolPolicy(page)) {
            return placeholderScope;
        }
        Map<String, Object> scope = new LinkedHashMap<>(placeholderScope);
        scope.put("school", SchoolField.placeholderScope());
        return scope;
    }

    private static boolean isSchoolPolicy(Page page) {
        return page.meta().layout().filter(SchoolField.POLICY_LAYOUT::equals).isPresent();
    }

    /**
     * A page's body rendered from its Markdown, or the last build's for the same page and shared
     * files. Not kept for a page with fenced blocks: a decision table, a law or a list of contacts
     * there is made from other files, and its rendering records which pages show what.
     */
    private Body body(Page page, Problems problems) {
        if (page.body().contains("```") || page.body().contains("~~~")) {
            return memo.redo(RENDERED_PAGE, found -> renderBody(page, found), problems);
        }
        // kept under the page as read, of which this is the area's version: found without comparing texts
        Page read = content.areaPages().getOrDefault(area.id(), Map.of()).getOrDefault(page.path(),
                content.sharedPages().get(page.path()));
        return memo.reuse(RENDERED_PAGE, List.of(shared, area.id(), Memo.sameObject(read)),
                found -> renderBody(page, found), problems);
    }

    private Body renderBody(Page page, Problems problems) {
        return PageFailure.building(page.file(), () -> renderMarkdown(page, problems));
    }

    private Body renderMarkdown(Page page, Problems problems) {
        String filled = Placeholders.fill(page.body(), page.file(), page.bodyLine(), area.id(),
                placeholderScope(page), unreadContacts::contact, problems);
        return Body.of(markdown.render(page.path(), filled, page.file(), page.bodyLine(), blocks, problems));
    }

    /**
     * A template filled in with {@code data}, or the last build's for the same template and data:
     * the data holds all a page shows (its body, navigation, breadcrumbs, facts), so any change to
     * what the page shows makes it again. The page goes to the HTML checks, the longest step, as soon
     * as it is made, before it is parsed here for its ids and sections.
     *
     * @param source the file the page is made from, which the HTML checks' findings name
     */
    private Rendered rendered(String path, Path source, String layout, Map<String, Object> data, Problems problems) {
        // what every page of the area shows alike (its contacts, its sources) comes from the shared
        // files, which the key holds already: comparing it again for each page would cost the most
        Map<String, Object> own = new LinkedHashMap<>(data);
        common.forEach((name, value) -> {
            if (own.get(name) == value) {
                own.remove(name);
            }
        });
        String marked = memo.reuse("layout", List.of(shared, area.id(), path, layout, own),
                found -> theme.render(layout, data, found), problems);
        htmlChecks.accept(new HtmlPage(area.id() + "/" + PagePaths.htmlFile(path), source, marked));
        // the last build's page for the very same HTML, which the step above handed on as it was
        return memo.reuse("parsed page", Memo.sameObject(marked), () -> Rendered.of(PagePaths.htmlFile(path), marked));
    }

    /**
     * A page as published, without the source marks the HTML checks need, with the ids links may
     * point to (the theme's as well as the Markdown's, so a link may lead to any heading or entry the
     * reader can see) and the parts of it the search finds.
     *
     * @param file where the page is published in the area
     */
    private record Rendered(String file, byte[] published, Set<String> ids, List<SearchDocument> sections) {

        /** Parses the page once for its ids and its sections: a long page takes a second to parse. */
        static Rendered of(String file, String marked) {
            String html = SourceMarks.strip(marked);
            Document page = Jsoup.parse(html);
            // first: cutting the sections takes out the navigation and the rest every page has
            Set<String> ids = page.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
            return new Rendered(file, bytes(html), ids, PageSections.of(file, page));
        }
    }

    /**
     * A published page as links reach it and the search finds it: kept for every page of the area
     * until all are published, so without its HTML, which the files and the HTML checks hold.
     */
    private record Reachable(String file, Set<String> ids, List<SearchDocument> sections) {}

    /** Adds a page to the files, and to those links may lead to and the search may find. */
    private void publish(String path, Rendered page, Map<String, byte[]> files, Map<String, Reachable> linkable) {
        publish(path, page, files);
        linkable.put(path, new Reachable(page.file(), page.ids(), page.sections()));
    }

    /** Adds a page's HTML, without its source marks, to the files. */
    private void publish(String path, Rendered page, Map<String, byte[]> files) {
        files.put(PagePaths.htmlFile(path), page.published());
    }

    /** The pages whose body could not be read (nested too deep), each of which has its own error. */
    private static Set<String> unread(Map<String, Body> bodies) {
        return bodies.entrySet().stream().filter(body -> !body.getValue().markdown().read()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private void findBrokenLinks(Body body, Map<String, Reachable> linkable, Set<String> unread,
            List<BrokenLink> brokenLinks) {
        for (PageLink link : body.markdown().links()) {
            if (content.unreadablePages().contains(link.page()) || unread.contains(link.page())
                    || isTableWithErrors(link.page())) {
                continue;
            }
            if (!linkable.containsKey(link.page())) {
                brokenLinks.add(new BrokenLink(link, area.id(), false));
            } else if (!link.anchor().isEmpty() && !linkable.get(link.page()).ids().contains(link.anchor())) {
                brokenLinks.add(new BrokenLink(link, area.id(), true));
            }
        }
    }

    /**
     * A link to a table whose page is not published because the table is wrong or could not be read,
     * which is reported already.
     */
    private boolean isTableWithErrors(String path) {
        return content.decisions().stream()
                .anyMatch(table -> decisionPath(table).equals(path) && verifications.get(table.id()).hasErrors())
                || content.unreadableTables().stream().anyMatch(id -> decisionPath(id).equals(path));
    }

    /** Where a table's page is published, as if it were a page at {@code decisions/<id>.md}. */
    static String decisionPath(DecisionTable table) {
        return decisionPath(table.id());
    }

    private static String decisionPath(String tableId) {
        return "decisions/" + tableId + ".md";
    }

    /**
     * An outcome that names contact roles must show the reader at least one contact in their own
     * area; otherwise it would tell them to call someone and give them no one to call.
     */
    private void checkContactRoles(DecisionTable table, Problems problems) {
        for (Output output : table.outputs()) {
            for (OutputValue value : output.values()) {
                if (!value.contacts().isEmpty() && decisionData.contactsFor(value.contacts()).isEmpty()
                        && value.contacts().stream().noneMatch(unreadContacts::role)) {
                    problems.add(Problem.error("decision.no-contact-for-outcome", output.location(),
                            "outcome '" + value.id() + "' of table '" + table.id() + "' names "
                                    + String.join(", ", value.contacts()) + ", but area '" + area.id()
                                    + "' has no contact in any of these roles",
                            "give a contact in content/areas/" + area.id() + "/area.yaml (or content/contacts.yaml)"
                                    + " one of these roles"));
                }
            }
        }
    }

    /** A page body with the second-level headings of its HTML, for an "on this page" list. */
    private record Body(RenderedMarkdown markdown, List<Map<String, String>> contents) {

        /**
         * Only the headings are parsed, not the whole body: a long page's body takes a second to
         * parse, for a list of a few lines. The body is the engine's HTML, the renderer's and the
         * theme's for its blocks, which escape every {@code <} of text, so each {@code <h2} opens a
         * heading, which runs to the first {@code </h2>}.
         */
        static Body of(RenderedMarkdown markdown) {
            String html = markdown.html();
            List<Map<String, String>> contents = new ArrayList<>();
            for (int start = html.indexOf("<h2"); start >= 0; start = html.indexOf("<h2", start + 1)) {
                int end = html.indexOf("</h2>", start);
                if (end < 0) {
                    break;
                }
                Element heading = Jsoup.parseBodyFragment(html.substring(start, end)).selectFirst("h2[id]");
                if (heading != null) {
                    contents.add(Map.of("text", heading.text(), "id", heading.id()));
                }
            }
            return new Body(markdown, contents);
        }
    }

    /** A link that leads to no page, or to no heading of its page, in one area. */
    record BrokenLink(PageLink link, String areaId, boolean anchorOnly) {}

    private String layout(Page page, Problems problems) {
        if (page.meta().layout().isPresent()) {
            String layout = page.meta().layout().get();
            if (!theme.hasTemplate(layout)) {
                problems.add(Problem.error("page.unknown-layout", Location.of(page.file(), 2),
                        "layout '" + layout + "' is not a template of the theme",
                        "remove 'layout:' or add templates/" + layout + ".mustache to the theme"));
                return "page";
            }
            return layout;
        }
        if (page.path().equals(SiteMap.HOME)) {
            return "home";
        }
        return page.isIndex() ? "section" : "page";
    }

    private Map<String, Object> commonData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", TemplateData.site(area.site()));
        data.put("area", TemplateData.area(area));
        data.put("contacts", content.contactsFor(area).stream().map(TemplateData::contact).toList());
        data.put("area_contacts", TemplateData.block(area.contacts().stream().map(this::directoryEntry).toList()));
        data.put("national_contacts", TemplateData.block(content.nationalContacts().stream()
                .map(this::directoryEntry).toList()));
        data.put("sources", sources.values().stream().map(TemplateData::source).toList());
        return data;
    }

    /** A contact as the directory lists it, with the anchor that links lead to. */
    private Map<String, Object> directoryEntry(Contact contact) {
        Map<String, Object> data = sourcedEntry(contact);
        data.put("anchor", "contact-" + contact.id());
        return data;
    }

    /** A contact with the document it came from, so readers can weigh it. */
    private Map<String, Object> sourcedEntry(Contact contact) {
        Map<String, Object> data = new LinkedHashMap<>(TemplateData.contact(contact));
        Source source = sources.get(contact.source());
        if (source != null) {
            data.put("source", TemplateData.source(source));
        }
        return data;
    }

    /**
     * The pages after the first of a section's list of its pages, when it has too many for one, in
     * the section's layout: the same heading and page facts, with a slice of the list instead of the
     * section's text.
     */
    private void publishLaterListPages(Page section, Body body, Problems problems, Map<String, byte[]> files) {
        Pagination list = sectionList(section);
        for (int number = 2; number <= list.pages(); number++) {
            String path = list.path(number);
            reportReservedName(path, PagePaths.htmlFile(path) + " as page " + number + " of the list of the pages in "
                    + section.meta().title(), problems);
            Map<String, Object> data = pageData(section, body, "", number);
            publish(path, rendered(path, section.file(), layout(section, problems), data, problems), files);
        }
    }

    /**
     * A section's list of its pages, cut into pages of {@link #SECTION_LIST_SIZE}. Not the home
     * page's: its pages are the header's navigation, on every page already.
     */
    private Pagination sectionList(Page section) {
        return new Pagination(section.path(), siteMap.children(section.path()).size(),
                section.path().equals(SiteMap.HOME) ? Integer.MAX_VALUE : SECTION_LIST_SIZE);
    }

    private Map<String, Object> pageData(Page page, Body body, String html) {
        return pageData(page, body, html, 1);
    }

    /**
     * A page's data; for a section, page {@code number} of its list of pages, published at its own
     * path after the first.
     */
    private Map<String, Object> pageData(Page page, Body body, String html, int number) {
        Pagination list = sectionList(page);
        String path = list.path(number);
        String toRoot = PagePaths.toRoot(path);
        Map<String, Object> data = furniture(path);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", page.meta().title() + (number == 1 ? "" : list.titleSuffix(number)));
        about.put("summary", page.meta().summary());
        about.put("file", PagePaths.htmlFile(path));
        about.put("owner", page.meta().owner());
        about.put("last_reviewed", TemplateData.date(page.meta().lastReviewed()));
        about.put("last_reviewed_iso", page.meta().lastReviewed().toString());
        about.put("review_due", TemplateData.date(page.meta().reviewDue()));
        about.put("review_due_iso", page.meta().reviewDue().toString());
        ReviewStatus status = currency.page(page.meta());
        if (status == ReviewStatus.OVERDUE) {
            about.put("review_overdue", CurrencyTags.tag(status));
        }
        about.put("amendments", AmendmentLog.forPage(page));
        about.put("sources", page.meta().sources().stream()
                .filter(sources::containsKey)
                .map(id -> currency.source(sources.get(id)))
                .toList());
        about.put("content", html);
        about.put("exit_this_page", siteMap.showsExitThisPage(page.path()));
        data.put("page", about);
        // a section's own pages are navigated from the first on this page of its list
        int place = page.isIndex() ? (number - 1) * SECTION_LIST_SIZE : siteMap.place(page.path()).orElse(0);
        data.put("section_nav", siteMap.section(page.path())
                .map(section -> sectionNavigation(section, page, place, toRoot)).orElse(null));
        data.put("children", TemplateData.block(list.slice(siteMap.children(page.path()), number).stream()
                .map(item -> Map.of(
                        "title", item.meta().title(),
                        "summary", item.meta().summary(),
                        "url", toRoot + PagePaths.htmlFile(item.path()))).toList()));
        data.put("pagination", list.data(number, "Pages of the list of pages in " + page.meta().title()));
        data.put("contents", TemplateData.block(number == 1 && body.contents().size() >= 2 ? body.contents()
                : List.of()));
        if (isSchoolPolicy(page)) {
            data.put("school_fields", TemplateData.schoolFields());
        }
        return data;
    }

    /** The top-level pages and sections, for the header's navigation or the footer's. */
    private List<Map<String, Object>> topLevel(String path, boolean inFooter) {
        String toRoot = PagePaths.toRoot(path);
        return siteMap.children(SiteMap.HOME).stream()
                .filter(item -> item.meta().inFooter() == inFooter)
                .map(item -> Map.<String, Object>of(
                        "title", item.meta().title(),
                        "url", toRoot + PagePaths.htmlFile(item.path()),
                        "current", SiteMap.within(path, item.path())))
                .toList();
    }

    /**
     * The pages of a page's section, for the side navigation: all of them, or in a section of more
     * than {@link #SIDE_NAVIGATION_LIMIT} the {@link #NEIGHBOURS} before and after the page's
     * {@code place} in the section, and a link to the page of the section's list that holds it.
     */
    private Map<String, Object> sectionNavigation(Page section, Page page, int place, String toRoot) {
        List<Page> pages = siteMap.children(section.path());
        List<Page> shown = pages;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", section.meta().title());
        data.put("url", toRoot + PagePaths.htmlFile(section.path()));
        if (pages.size() > SIDE_NAVIGATION_LIMIT) {
            int window = 2 * NEIGHBOURS + 1;
            int from = Math.max(0, Math.min(place - NEIGHBOURS, pages.size() - window));
            shown = pages.subList(from, from + window);
            Pagination list = sectionList(section);
            data.put("more", Map.of("url", toRoot + PagePaths.htmlFile(list.path(list.pageOf(place))),
                    "count", String.format(Locale.UK, "%,d", pages.size())));
        }
        data.put("items", shown.stream().map(item -> Map.<String, Object>of(
                "title", item.meta().title(),
                "url", toRoot + PagePaths.htmlFile(item.path()),
                "current", item.path().equals(page.path()))).toList());
        return data;
    }

    /** What every page of the area has around its own content: paths, navigation and breadcrumbs. */
    private Map<String, Object> furniture(String path) {
        String toRoot = PagePaths.toRoot(path);
        Map<String, Object> data = new LinkedHashMap<>(common);
        data.put("root", toRoot);
        data.put("assets", toRoot + ASSETS);
        data.put("home_url", toRoot + "index.html");
        data.put("areas_url", toRoot + "../index.html");
        data.put("nav", TemplateData.block(topLevel(path, false)));
        data.put("footer_nav", TemplateData.block(topLevel(path, true)));
        data.put("breadcrumbs", TemplateData.block(siteMap.ancestors(path).stream().map(item -> Map.of(
                "title", item.meta().title(),
                "url", toRoot + PagePaths.htmlFile(item.path()))).toList()));
        data.put("decisions", content.decisions().stream().map(table -> Map.of(
                "id", table.id(),
                "question", table.question(),
                "url", toRoot + PagePaths.htmlFile(decisionPath(table)))).toList());
        return data;
    }
}

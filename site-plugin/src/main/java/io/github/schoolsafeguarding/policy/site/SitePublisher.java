package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.cache.CacheKey;
import io.github.schoolsafeguarding.policy.cache.CodeIdentity;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.compliance.CheckDay;
import io.github.schoolsafeguarding.policy.compliance.ComplianceRules;
import io.github.schoolsafeguarding.policy.compliance.WebLinkCheck;
import io.github.schoolsafeguarding.policy.check.html.HtmlChecks;
import io.github.schoolsafeguarding.policy.check.html.HtmlPage;
import io.github.schoolsafeguarding.policy.check.html.SourceMarks;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.verify.DecisionTableVerifier;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import io.github.schoolsafeguarding.policy.frontend.FrontendAssets;
import io.github.schoolsafeguarding.policy.handbook.CachedHandbook;
import io.github.schoolsafeguarding.policy.handbook.HandbookCover;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import io.github.schoolsafeguarding.policy.incremental.SharedFiles;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import io.github.schoolsafeguarding.policy.law.Legislation;
import io.github.schoolsafeguarding.policy.law.RepealedLawCitations;
import io.github.schoolsafeguarding.policy.override.Overrides;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import io.github.schoolsafeguarding.policy.render.Theme;
import io.github.schoolsafeguarding.policy.render.WebLink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes a content folder as a static site: one folder per area, and a page at the root that
 * lets a reader pick their area.
 *
 * <pre>{@code
 * SitePublisher publisher = SitePublisher.builder()
 *         .content(Path.of("content"))
 *         .theme(Path.of("theme"))
 *         .build();
 * publisher.publish(Path.of("target/site"));   // or publisher.check() to write nothing
 * }</pre>
 *
 * Everything is rendered in memory and checked before a single file is written; the site is then
 * put in place in one move. The same input, checked for the same day ({@link Builder#today}),
 * always gives the same bytes: nothing depends on the time of day, the machine or the order files
 * were listed in.
 */
public final class SitePublisher {

    /** Each area's handbook, in the area's folder beside its pages. */
    public static final String HANDBOOK = "handbook.pdf";

    private final Path contentFolder;
    private final Path themeFolder;
    private final List<String> areaIds;
    private final CheckDay day;
    private final boolean strict;
    private final Optional<Duration> webLinkTimeout;
    private final BuildCache cache;

    private SitePublisher(Builder builder) {
        this.contentFolder = builder.content.toAbsolutePath().normalize();
        this.themeFolder = builder.theme.toAbsolutePath().normalize();
        this.areaIds = List.copyOf(builder.areas);
        this.day = builder.day;
        this.strict = builder.strict;
        this.webLinkTimeout = builder.webLinkTimeout;
        this.cache = builder.cache;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every check a build runs and publishes nothing; only a cache, if it has one, is written to. */
    public List<Problem> check() {
        Problems problems = new Problems();
        try (Handbooks notMade = Handbooks.notMade()) {
            render(problems, Memo.NONE, notMade);
        }
        return found(problems);
    }

    /**
     * Renders and checks the whole site, then replaces {@code output} with it.
     *
     * @return what was published, with any warnings
     * @throws ContentException when the content has errors; {@code output} is then left untouched
     */
    public Publication publish(Path output) throws ContentException {
        Optional<UnchangedBuild> unchanged = unchangedBuild();
        Optional<Publication> reused = unchanged.flatMap(build -> build.reuse(output));
        if (reused.isPresent()) {
            return reused.get();
        }
        Map<String, byte[]> written = new TreeMap<>();
        Publication publication = publish(output, Memo.NONE, (folder, files) -> {
            SiteOutput.replace(folder, files);
            written.putAll(files);
        });
        unchanged.ifPresent(build -> build.remember(written, publication));
        return publication;
    }

    /**
     * The build as the cache may remember it, keyed by all it depends on; none without a cache, or
     * when the build asks the web whether its links answer, which may change at any time.
     */
    private Optional<UnchangedBuild> unchangedBuild() {
        if (webLinkTimeout.isPresent()) {
            return Optional.empty();
        }
        return cache.shelf(UnchangedBuild.CACHE_SHELF).map(shelf -> new UnchangedBuild(shelf, new CacheKey()
                .add(CodeIdentity.of(SitePublisher.class))
                .add(SharedFiles.everything(contentFolder, themeFolder))
                .add(day.described())
                .add(strict).add(String.join(",", areaIds))));
    }

    /**
     * A publisher for {@code serve}: it keeps what each build worked out, and the files it wrote to
     * {@code output}, so that the next build redoes and rewrites only what a change touched.
     */
    public IncrementalPublisher incremental(Path output) {
        return new IncrementalPublisher(this, output);
    }

    /**
     * Renders and checks the whole site, reusing what {@code memo} kept of the last build, then
     * hands every file to {@code writer}; writes nothing when the content has errors.
     */
    Publication publish(Path output, Memo memo, BiConsumer<Path, Map<String, byte[]>> writer)
            throws ContentException {
        Problems problems = new Problems();
        try (Handbooks handbooks = new Handbooks(cache.shelf(CachedHandbook.CACHE_SHELF))) {
            RenderedSite site = render(problems, memo, handbooks);
            List<Problem> found = found(problems);
            if (failing(found)) {
                throw new ContentException(found);
            }
            Map<String, byte[]> files = new TreeMap<>(site.files());
            files.putAll(handbooks.files());
            writer.accept(output, files);
            return new Publication(site.areas(), site.pages(), files.size(), found, false);
        }
    }

    private static boolean failing(List<Problem> found) {
        return found.stream().anyMatch(Problem::isError);
    }

    /** What the run found; in strict mode every warning counts as an error. */
    private List<Problem> found(Problems problems) {
        return strict ? problems.all().stream().map(Problem::asError).toList() : problems.all();
    }

    /**
     * What a successful build published.
     *
     * @param unchanged whether nothing had changed since the last build, whose output was kept as it was
     */
    public record Publication(List<String> areas, int pages, int files, List<Problem> warnings, boolean unchanged) {}

    /** The site as checked, without its handbooks, which are laid out beside it ({@link Handbooks}). */
    private record RenderedSite(List<String> areas, int pages, TreeMap<String, byte[]> files) {}

    private RenderedSite render(Problems problems, Memo memo, Handbooks handbooks) {
        if (!Files.isDirectory(themeFolder.resolve("templates"))) {
            problems.add(Problem.error("theme.missing", Location.of(themeFolder), "the theme has no templates folder",
                    "set policy.theme to a folder holding templates/ and assets/"));
        }
        // before anything is read: a link or a named pipe no reader would open is named too
        InputFiles.check(contentFolder, problems);
        InputFiles.check(themeFolder, problems);
        // every input but the pages' own text: what a page's results depend on besides its page
        String shared = SharedFiles.fingerprint(contentFolder, themeFolder);
        Content content = ContentReader.read(contentFolder, problems, memo);
        PageFailure.checking("checking the compliance rules",
                () -> new ComplianceRules(content, day).check(problems));
        List<Area> areas = selectedAreas(content, problems);
        Map<String, Verification> verifications = new TreeMap<>();
        for (DecisionTable table : content.decisions()) {
            Verification verification = PageFailure.building(table.location().file(), () -> memo.reuse(
                    "decision table", List.of(shared, table.id()), () -> DecisionTableVerifier.verify(table)));
            problems.addAll(verification.findings());
            verifications.put(table.id(), verification);
        }
        MarkdownRenderer markdown = MarkdownRenderer.marked();
        List<Page> pageFiles = content.pageFiles(areas);
        PageFailure.checking("checking the area passages", () -> content.checkAreaPassages(problems));
        PageFailure.checking("checking the area overrides", () -> Overrides.check(content, areas, problems));
        Legislation legislation = Legislation.read(pageFiles, markdown, problems);
        PageFailure.checking("checking citations of repealed law",
                () -> new RepealedLawCitations(legislation).checkTables(content.decisions(), problems));
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<AreaRenderer.BrokenLink> brokenLinks = new ArrayList<>();
        List<WebLink> webLinks = new ArrayList<>();
        Map<DecisionTable, List<String>> notShown = new LinkedHashMap<>();
        Map<Area, AreaRenderer> renderers = new LinkedHashMap<>();
        try (PageFileChecks.Running pageChecks = new PageFileChecks(content, markdown, memo, asRead(content))
                        .start(pageFiles, legislation);
                FrontendAssets assets = new FrontendAssets(); HtmlChecks htmlChecks = new HtmlChecks(cache, memo)) {
            for (Area area : areas) {
                Theme theme = Theme.marked(List.of(area.themeFolder(), themeFolder));
                AreaRenderer renderer = new AreaRenderer(content, area, theme, markdown, verifications, legislation,
                        day.date(), memo, shared, htmlChecks::start);
                renderers.put(area, renderer);
                CachedHandbook handbook = new CachedHandbook(new HandbookCover(content.site().title(), area.name(),
                        area.board(), day.date()), renderer.handbookChapters());
                AreaRenderer.RenderedArea rendered = renderer.render(problems, pages -> {
                    // a build with an error publishes nothing: its handbook would be laid out for nothing
                    if (!failing(found(problems))) {
                        handbooks.start(area.id(), handbook, pages);
                    }
                });
                brokenLinks.addAll(rendered.brokenLinks());
                webLinks.addAll(rendered.webLinks());
                rendered.tablesNotShown().forEach(table ->
                        notShown.computeIfAbsent(table, key -> new ArrayList<>()).add(area.id()));
                rendered.files().forEach((name, bytes) -> files.put(area.id() + "/" + name, bytes));
                publishAssets(theme, assets, memo, shared, problems)
                        .forEach((name, bytes) -> files.put(area.id() + "/" + AreaRenderer.ASSETS + name, bytes));
            }
            PageFailure.checking("checking the links between pages",
                    () -> reportBrokenLinks(brokenLinks, areas.size(), problems));
            PageFailure.checking("checking which decision tables are shown",
                    () -> reportTablesNotShown(notShown, areas.size(), content, problems));
            webLinkTimeout.ifPresent(timeout -> PageFailure.checking("checking the web links",
                    () -> new WebLinkCheck(timeout).check(webLinks, problems)));
            pageChecks.addTo(problems);
            List<Problem> found = problems.all();
            renderers.forEach((area, renderer) -> PageFailure.checking("making the compliance report and the"
                    + " amendments of area '" + area.id() + "'", () -> renderer.renderReports(found, problems)
                            .forEach((name, bytes) -> files.put(area.id() + "/" + name, bytes))));
            if (!areas.isEmpty()) {
                files.putAll(areaPicker(content, areas, assets, htmlChecks, memo, shared, problems));
            }
            htmlChecks.report(problems);
        }
        // the areas' pages: the area picker at the root is not one
        int pages = (int) files.keySet().stream().filter(name -> name.contains("/") && name.endsWith(".html")).count();
        return new RenderedSite(areas.stream().map(Area::id).toList(), pages, files);
    }

    /**
     * The key of a page file's checks: the page as read, of which the page checked is made (with
     * every area passage's text in place). The last build's reading of the same text gave the very
     * same object, so an unchanged page is found without comparing it.
     */
    private static Function<Page, Object> asRead(Content content) {
        Map<Path, Page> read = new HashMap<>();
        content.sharedPages().values().forEach(page -> read.put(page.file(), page));
        content.areaPages().values().forEach(pages -> pages.values().forEach(page -> read.put(page.file(), page)));
        return page -> Memo.sameObject(Objects.requireNonNull(read.get(page.file()), page.file().toString()));
    }

    /** A theme's published assets: compiling its Sass takes a second, so it is done again only when a file changed. */
    private static Map<String, byte[]> publishAssets(Theme theme, FrontendAssets assets, Memo memo, String shared,
            Problems problems) {
        return memo.reuse("assets", List.of(shared, theme.folders()), found -> assets.publish(theme, found), problems);
    }

    private List<Area> selectedAreas(Content content, Problems problems) {
        if (areaIds.isEmpty()) {
            return content.areas();
        }
        List<Area> areas = new ArrayList<>();
        for (String id : areaIds) {
            if (content.unreadableAreas().contains(id)) {
                // its area.yaml's own problems say why it cannot be built
                continue;
            }
            content.area(id).ifPresentOrElse(areas::add, () -> problems.add(Problem.error("area.unknown",
                    Location.of(contentFolder.resolve("areas")), "there is no area '" + id + "' to build",
                    "choose from " + content.areas().stream().map(Area::id).collect(Collectors.joining(", "))
                            + " in policy.areas, or leave it empty to build them all")));
        }
        return areas;
    }

    /** One problem per broken link, naming the areas it is broken in when that is not all of them. */
    private static void reportBrokenLinks(List<AreaRenderer.BrokenLink> brokenLinks, int areaCount, Problems problems) {
        Map<AreaRenderer.BrokenLink, List<String>> areasByLink = new LinkedHashMap<>();
        for (AreaRenderer.BrokenLink broken : brokenLinks) {
            areasByLink.computeIfAbsent(new AreaRenderer.BrokenLink(broken.link(), "", broken.anchorOnly()),
                    key -> new ArrayList<>()).add(broken.areaId());
        }
        areasByLink.forEach((broken, inAreas) -> {
            String where = inAreas.size() == areaCount ? "" : " in area " + String.join(", ", inAreas);
            var link = broken.link();
            if (broken.anchorOnly()) {
                problems.add(Problem.error("link.missing-anchor", link.location(),
                        "link to " + link.page() + "#" + link.anchor() + ": that page has no heading '" + link.anchor()
                                + "'" + where,
                        "link to an existing heading: its id is its text in lower case, with hyphens for spaces"));
            } else {
                problems.add(Problem.error("link.missing-page", link.location(),
                        "link to " + link.page() + " leads to no page" + where,
                        "check the path (relative to this page's folder), or create the page"));
            }
        });
    }

    /**
     * A table no page shows is logic readers never meet where they read about its topic. Not said of
     * a table that a page which cannot be read names, since that page may be the one that shows it.
     */
    private static void reportTablesNotShown(Map<DecisionTable, List<String>> notShown, int areaCount, Content content,
            Problems problems) {
        Set<String> namedOnUnreadablePages = content.unreadableFiles().stream()
                .flatMap(file -> DecisionBlocks.tablesNamedIn(InputFiles.readText(file, problems).orElse("")).stream())
                .collect(Collectors.toSet());
        notShown.keySet().removeIf(table -> namedOnUnreadablePages.contains(table.id()));
        notShown.forEach((table, inAreas) -> problems.add(Problem.warning("decision.not-shown", table.location(),
                "decision table '" + table.id() + "' is not shown on any page"
                        + (inAreas.size() == areaCount ? "" : " in area " + String.join(", ", inAreas)),
                "show it on the page that discusses its topic, with a block ```" + DecisionBlocks.TABLE + " "
                        + table.id() + "```")));
    }

    private Map<String, byte[]> areaPicker(Content content, List<Area> areas, FrontendAssets assets,
            HtmlChecks htmlChecks, Memo memo, String shared, Problems problems) {
        Theme theme = Theme.marked(List.of(themeFolder));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", TemplateData.site(content.site()));
        data.put("root", "");
        data.put("assets", "assets/");
        data.put("home_url", "index.html");
        data.put("areas", areas.stream().map(area -> {
            Map<String, Object> item = TemplateData.area(area);
            item.put("url", area.id() + "/index.html");
            return item;
        }).toList());
        Map<String, byte[]> files = new TreeMap<>();
        String picker = theme.render("areas", data, problems);
        files.put("index.html", SourceMarks.strip(picker).getBytes(StandardCharsets.UTF_8));
        htmlChecks.start(new HtmlPage("index.html", theme.templateFile("areas"), picker));
        publishAssets(theme, assets, memo, shared, problems).forEach((name, bytes) -> files.put("assets/" + name, bytes));
        return files;
    }

    public static final class Builder {
        private Path content = Path.of("content");
        private Path theme = Path.of("theme");
        private List<String> areas = List.of();
        private CheckDay day = CheckDay.today(LocalDate.now());
        private boolean strict;
        private Optional<Duration> webLinkTimeout = Optional.empty();
        private BuildCache cache = BuildCache.none();

        private Builder() {}

        /**
         * The day the rules about dates are checked for: today unless set, so that a rebuild for a
         * given day, or a test, gives the same answer whenever it runs.
         */
        public Builder today(LocalDate day) {
            this.day = CheckDay.today(day);
            return this;
        }

        /**
         * A fixed day to check the dates for, named in every message about a date after it (for example
         * "the tests' fixed day"), where that date may be right and the fixed day behind it.
         */
        public Builder fixedDay(LocalDate day, String name) {
            this.day = CheckDay.fixed(day, name);
            return this;
        }

        /** Whether warnings count as errors, so that nothing stale or doubtful is published. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Also asks every web address the pages link to whether it still answers, waiting at most
         * {@code timeout} for each. Off unless set: a build must not depend on the network.
         */
        public Builder checkWebLinks(Duration timeout) {
            this.webLinkTimeout = Optional.of(timeout);
            return this;
        }

        /** The folder holding site.yaml, sources.yaml, contacts.yaml, pages/ and areas/. */
        public Builder content(Path folder) {
            this.content = Objects.requireNonNull(folder);
            return this;
        }

        /** The folder holding templates/ and assets/. */
        public Builder theme(Path folder) {
            this.theme = Objects.requireNonNull(folder);
            return this;
        }

        /**
         * Keeps each page's HTML checks and each area's handbook in a cache (e.g.
         * {@code BuildCache.in(Path.of("target/policy-cache"))}), so that the next build takes them
         * from there for the pages that have not changed. Without one (the default) every page is
         * checked and every handbook made.
         */
        public Builder cache(BuildCache cache) {
            this.cache = Objects.requireNonNull(cache);
            return this;
        }

        /** The ids of the areas to build; empty (the default) builds them all. */
        public Builder areas(List<String> ids) {
            this.areas = List.copyOf(ids);
            return this;
        }

        public SitePublisher build() {
            return new SitePublisher(this);
        }
    }
}

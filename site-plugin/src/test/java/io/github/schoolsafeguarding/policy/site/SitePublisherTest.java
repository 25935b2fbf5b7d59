package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.override.OverrideException;
import io.github.schoolsafeguarding.policy.override.PageCopier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {

    @TempDir
    Path folder;

    ContentFixture fixture;
    Path output;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        output = folder.resolve("target/site");
    }

    SitePublisher publisher() {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).build();
    }

    @Test
    void anAreaChosenToBuildThatDoesNotExistIsAnErrorNamingTheAreasThereAre() {
        ContentException failure = assertThrows(ContentException.class, () -> SitePublisher.builder()
                .today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).areas(List.of("east")).build()
                .publish(output));

        Problem problem = only(failure.problems());
        assertEquals("area.unknown", problem.id());
        assertTrue(problem.fix().contains("north, south"), problem.fix());
    }

    @Test
    void anAreaChosenToBuildWhoseProfileCannotBeReadGivesThatErrorOnly() {
        fixture.write("content/areas/south/area.yaml", "name: [South Shire\n");

        ContentException failure = assertThrows(ContentException.class, () -> SitePublisher.builder()
                .today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).areas(List.of("south")).build()
                .publish(output));

        assertEquals("yaml.syntax", only(failure.problems()).id());
    }

    @Test
    void publishesEveryAreaAndAnAreaPicker() throws ContentException {
        SitePublisher.Publication site = publisher().publish(output);

        assertEquals(List.of("north", "south"), site.areas());
        assertEquals(12, site.pages(), "three Markdown pages, the search page, the compliance report and the amendments"
                + " in each area");
        assertTrue(Files.isRegularFile(output.resolve("north/incidents/call.html")));
        assertTrue(Files.isRegularFile(output.resolve("north/search.html")));
        assertTrue(Files.isRegularFile(output.resolve("north/search/index.js")));
        assertTrue(Files.isRegularFile(output.resolve("south/assets/site.css")));
        String picker = fixture.read("target/site/index.html");
        assertTrue(picker.contains("<a href=\"north/index.html\">North Shire</a>"), picker);
        assertTrue(picker.indexOf("North Shire") < picker.indexOf("South Shire"), "areas in their order");
    }

    @Test
    void fillsPlaceholdersPerArea() throws ContentException {
        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/index.html").contains("guidance for North Shire."));
        assertTrue(fixture.read("target/site/south/index.html").contains("guidance for South Shire."));
        assertTrue(fixture.read("target/site/south/incidents/call.html").contains("Call 0808 800 5000."));
    }

    @Test
    void rewritesPageLinksToRelativeHtmlFiles() throws ContentException {
        publisher().publish(output);

        String call = fixture.read("target/site/north/incidents/call.html");
        assertTrue(call.contains("href=\"../incidents/index.html\""), call);
        assertTrue(call.contains("href=\"../index.html\""), call);
        assertTrue(call.contains("href=\"#advice\""), call);
        assertTrue(call.contains("<a href=\"../index.html\">Home</a>"), "breadcrumb to home: " + call);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws ContentException {
        publisher().publish(output);
        Map<String, byte[]> first = snapshot(output);
        publisher().publish(output);
        Map<String, byte[]> second = snapshot(output);

        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void anAreaPageReplacesTheSharedPageAtTheSamePath() throws ContentException {
        fixture.page("areas/south/pages/incidents/call.md", "When to call in the south", 10,
                "Call the southern desk.\n");
        publisher().publish(output);

        assertTrue(fixture.read("target/site/south/incidents/call.html").contains("Call the southern desk."));
        assertFalse(fixture.read("target/site/south/incidents/call.html").contains("Signs of an emergency"));
        assertTrue(fixture.read("target/site/north/incidents/call.html").contains("Signs of an emergency"));
    }

    @Test
    void anAreaTemplateReplacesTheSharedTemplate() throws ContentException {
        fixture.write("content/areas/north/theme/templates/page.mustache",
                "{{<base}}{{$main}}<h1>Northern layout: {{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}");
        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/incidents/call.html").contains("<h1>Northern layout: When to call</h1>"));
        assertTrue(fixture.read("target/site/south/incidents/call.html").contains("<h1 id=\"top\">When to call</h1>"));
    }

    @Test
    void aBrokenLinkFailsTheBuildNamingFileAndLineAndLeavesThePreviousSiteUntouched() throws ContentException {
        publisher().publish(output);
        Map<String, byte[]> before = snapshot(output);
        fixture.page("pages/incidents/call.md", "When to call", 10, "Intro.\n\nSee [the missing page](nowhere.md).\n");

        ContentException failure = assertThrows(ContentException.class, () -> publisher().publish(output));

        Problem problem = only(failure.problems());
        assertEquals("link.missing-page", problem.id());
        assertEquals("content/pages/incidents/call.md:12:5: link to incidents/nowhere.md leads to no page"
                + " — check the path (relative to this page's folder), or create the page", problem.format(folder));
        assertSameFiles(before, snapshot(output));
        assertFalse(Files.exists(folder.resolve("target/site.previous")));
        try (Stream<Path> leftovers = Files.list(folder.resolve("target"))) {
            assertEquals(List.of("site"), leftovers.map(path -> path.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBuildRemovesWhatABuildKilledWhileWritingLeftBesideTheSite() throws ContentException, IOException {
        Files.createDirectories(folder.resolve("target/site.new-1234/north"));
        Files.writeString(folder.resolve("target/site.new-1234/north/index.html"), "half a page");
        Files.createDirectories(folder.resolve("target/site.previous/north"));
        Files.createDirectories(folder.resolve("target/classes"));

        publisher().publish(output);

        try (Stream<Path> beside = Files.list(folder.resolve("target"))) {
            assertEquals(List.of("classes", "site"), beside.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aLinkToAMissingHeadingIsReported() {
        fixture.page("pages/incidents/index.md", "Incidents", 10, "See [signs](call.md#signs-of-danger).\n");

        Problem problem = only(publisher().check());

        assertEquals("link.missing-anchor", problem.id());
        assertEquals(10, problem.location().line());
    }

    @Test
    void aLinkMayLeadToAnIdThatTheThemeWrites() {
        fixture.page("pages/incidents/index.md", "Incidents", 10, "Back to [the title](call.md#top).\n");

        assertEquals(List.of(), publisher().check());
    }

    @Test
    void aLinkBrokenInOneAreaOnlyNamesThatArea() throws OverrideException {
        fixture.page("areas/south/pages/incidents/call.md", "Call", 10, "Short.\n");
        fixture.page("pages/incidents/index.md", "Incidents", 10, "See [signs](call.md#signs-of-an-emergency).\n");
        PageCopier.of(fixture.content).markUpToDate("south", "incidents/call.md");

        Problem problem = only(publisher().check());

        assertTrue(problem.message().endsWith("in area south"), problem.message());
    }

    @Test
    void brokenFrontMatterFailsWithPathAndLineAndWritesNothing() {
        fixture.write("content/pages/incidents/call.md", "---\ntitle: When to call\nsummary: [unclosed\n---\nBody\n");

        ContentException failure = assertThrows(ContentException.class, () -> publisher().publish(output));

        Problem problem = only(failure.problems());
        assertEquals("yaml.syntax", problem.id());
        assertTrue(problem.format(folder).startsWith("content/pages/incidents/call.md:3:"), problem.format(folder));
        assertFalse(Files.exists(output));
    }

    @Test
    void reportsEveryProblemOfABuildTogether() {
        fixture.page("pages/incidents/call.md", "When to call", 10, "[a](a.md) and {{contact.nobody.phone}}\n");
        fixture.write("content/pages/incidents/index.md", "---\ntitle: Incidents\n---\n");

        List<Problem> problems = publisher().check();

        List<String> ids = problems.stream().map(Problem::id).distinct().sorted().toList();
        assertEquals(List.of("link.missing-page", "page.no-sources", "placeholder.unresolved", "yaml.missing-key"), ids);
    }

    @Test
    void anUnresolvedPlaceholderNamesTheAreaItIsMissingIn() {
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: local-police
                    organisation: North Police
                    phones:
                      - number: "01234 567890"
                    source: test-source
                    confirmed: {on: 2026-11-22, by: A test editor, how: Rang the service}
                """);
        fixture.page("pages/incidents/call.md", "When to call", 10, "Ring {{contact.local-police.phone}}.\n");

        Problem problem = only(publisher().check());

        assertEquals("content/pages/incidents/call.md:10: placeholder {{contact.local-police.phone}} has no value"
                + " in area 'south'", problem.format(folder).split(" — ")[0]);
    }

    @Test
    void aPolicyTemplatePublishesTheSchoolsFieldsAsBlanks() throws ContentException {
        fixture.page("pages/incidents/policy.md", "Our policy", 30,
                "{{school.name}} reports to {{contact.helpline.phone}}.\n\n"
                        + "Approved by {{school.approved_by}} on {{school.date_adopted}}.\n");
        fixture.layout("pages/incidents/policy.md", "school-policy");

        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/incidents/policy.html").contains(
                "<span class=\"school-field\" data-school-field=\"name\">[name of school]</span> reports to 0808 800 5000."));
    }

    @Test
    void aSchoolFieldOutsideAPolicyTemplateIsAnError() {
        fixture.page("pages/incidents/call.md", "When to call", 10, "Tell {{school.dsl}}.\n");

        Problem problem = publisher().check().get(0);

        assertEquals("placeholder.school-field", problem.id());
        assertEquals(10, problem.location().line());
        assertTrue(problem.fix().contains("layout: school-policy"), problem.fix());
    }

    @Test
    void theLegislationPageListsUnderEachSectionThePagesThatCiteIt() throws ContentException {
        fixture.page("pages/law.md", "Law", 50,
                "## Education Act 1996\n\n### Section 547\n\n```law\nstatus: in-force\ntext: https://www.legislation.gov.uk/ukpga/1996/56/section/547\n```\n\nNuisance.\n\n### Section 550\n\n```law\nstatus: in-force\ntext: https://www.legislation.gov.uk/ukpga/1996/56/section/550\n```\n\nUncited.\n");
        fixture.layout("pages/law.md", "legislation");
        fixture.page("pages/incidents/index.md", "Incidents", 10, "See [section 547](../law.md#section-547).\n");

        publisher().publish(output);

        String law = fixture.read("target/site/north/law.html");
        assertTrue(law.contains("<p class=\"law-status\">In force </p>"), law);
        assertTrue(law.contains("<p>Nuisance.</p>\n<p class=\"cited-by\">Cited on: <a href=\"incidents/index.html\">"
                + "Incidents</a>.</p>"), law);
        assertEquals(1, law.split("cited-by").length - 1, law);
    }

    @Test
    void exitThisPageIsOfferedOnEveryPageOfASectionThatAsksForItUnlessAPageOptsOut() throws ContentException {
        // the page's own content keeps its headings, which its links point at
        fixture.write("theme/templates/page.mustache",
                "{{<base}}{{$main}}<h1>exit={{page.exit_this_page}}</h1>\n{{{page.content}}}{{/main}}{{/base}}");
        fixture.write("content/pages/incidents/index.md", fixture.read("content/pages/incidents/index.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nexit_this_page: true\n"));
        fixture.page("pages/incidents/weather.md", "Weather", 20, "Sunny.\n");
        fixture.write("content/pages/incidents/weather.md", fixture.read("content/pages/incidents/weather.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nexit_this_page: false\n"));

        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/incidents/index.html").contains("<h1>exit=true</h1>"));
        assertTrue(fixture.read("target/site/north/incidents/call.html").contains("<h1>exit=true</h1>"));
        assertTrue(fixture.read("target/site/north/incidents/weather.html").contains("<h1>exit=false</h1>"));
        assertTrue(fixture.read("target/site/north/index.html").contains("<h1>exit=false</h1>"));
    }

    @Test
    void aTopLevelPageMayBeListedInTheFooterInsteadOfTheHeader() throws ContentException {
        fixture.write("theme/templates/page.mustache", "{{<base}}{{$main}}<h1>{{page.title}}</h1>"
                + "<p>header:{{#nav}}{{#items}} {{title}}{{/items}}{{/nav}} footer:{{#footer_nav}}{{#items}} {{title}}{{/items}}{{/footer_nav}}</p>\n"
                + "{{{page.content}}}{{/main}}{{/base}}");
        fixture.page("pages/accessibility.md", "Accessibility", 90, "Tested.\n");
        fixture.write("content/pages/accessibility.md", fixture.read("content/pages/accessibility.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nnavigation: footer\n"));

        publisher().publish(output);

        assertTrue(fixture.read("target/site/north/incidents/call.html").contains("<p>header: Incidents footer: Accessibility</p>\n"));
    }

    @Test
    void aNavigationPlaceOtherThanHeaderOrFooterIsAnError() {
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nnavigation: sidebar\n"));

        List<Problem> problems = publisher().check();

        assertEquals(List.of("content/pages/incidents/call.md:9:13: 'navigation' is 'sidebar' — write 'navigation: footer'"
                + " to list a top-level page in the footer instead of the header"),
                problems.stream().map(problem -> problem.format(fixture.root)).toList());
    }

    @Test
    void buildsOnlyTheAreasAskedFor() throws ContentException {
        SitePublisher.Publication site = SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme)
                .areas(List.of("south")).build().publish(output);

        assertEquals(List.of("south"), site.areas());
        assertFalse(Files.exists(output.resolve("north")));
    }

    @Test
    void anUnknownAreaIsAnErrorListingTheKnownOnes() {
        List<Problem> problems = SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme)
                .areas(List.of("east")).build().check();

        assertEquals("there is no area 'east' to build", only(problems).message());
        assertTrue(only(problems).fix().contains("north, south"));
    }

    @Test
    void aPageInAFolderWithoutAnIndexIsReported() {
        fixture.page("pages/orphans/lost.md", "Lost", 1, "Nobody links here.\n");

        Problem problem = only(publisher().check());

        assertEquals("page.no-section-index", problem.id());
    }

    @Test
    void aPageNamedAsALaterPageOfItsSectionsListIsReported() {
        for (int i = 1; i <= AreaRenderer.SECTION_LIST_SIZE; i++) {
            fixture.page("pages/incidents/page-%02d.md".formatted(i), "Page " + i, 20 + i, "A page.\n");
        }
        fixture.page("pages/incidents/index-2.md", "Page two", 100, "A page.\n");

        Problem problem = only(publisher().check().stream()
                .filter(found -> found.id().equals("page.reserved-name")).toList());

        assertTrue(problem.format(folder).startsWith("content/pages/incidents/index-2.md: the build writes"
                + " incidents/index-2.html as page 2 of the list of the pages in Incidents, which would replace this"
                + " page"), problem.format(folder));
    }

    static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    static Map<String, byte[]> snapshot(Path site) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }
}

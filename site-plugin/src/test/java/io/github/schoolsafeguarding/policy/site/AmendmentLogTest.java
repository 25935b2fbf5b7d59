package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.override.OverrideException;
import io.github.schoolsafeguarding.policy.override.PageCopier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The amendments page and the Atom feed of each area, as the real theme lays the page out. */
class AmendmentLogTest {

    private static final Path THEME = Path.of("../theme");
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    ContentFixture fixture;
    Path output;

    @BeforeEach
    void setUp() throws OverrideException {
        fixture = new ContentFixture(folder);
        output = folder.resolve("site");
        amend("content/pages/index.md", """
                  - date: 2026-10-01
                    change: Added the helpline's number to the home page.
                """);
        amend("content/pages/incidents/call.md", """
                  - date: 2026-11-01
                    change: Said when to call the helpline instead of 999.
                  - date: 2026-10-01
                    change: Added a section of advice after an emergency.
                """);
        // south replaces the page, with an amendment of its own
        fixture.write("content/areas/south/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replaceAll("(?s)amendments:.*?---", """
                        amendments:
                          - date: 2026-09-15
                            change: Gave South Shire's own advice on when to call.
                        ---"""));
        PageCopier.of(fixture.content).markUpToDate("south", "incidents/call.md");
    }

    private void amend(String path, String amendments) {
        fixture.write(path, fixture.read(path)
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\namendments:\n" + amendments));
    }

    private List<Problem> publish(LocalDate today) throws ContentException {
        return SitePublisher.builder().content(fixture.content).theme(THEME).today(today).build().publish(output)
                .warnings();
    }

    private org.w3c.dom.Document feed(String area) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(output.resolve(area).resolve("amendments.xml").toFile());
    }

    private static List<String> texts(org.w3c.dom.Document feed, String entryChild) {
        List<String> texts = new ArrayList<>();
        NodeList entries = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element child = (Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, entryChild).item(0);
            texts.add(entryChild.equals("link") ? child.getAttribute("href") : child.getTextContent());
        }
        return texts;
    }

    private static String child(org.w3c.dom.Document feed, String name) {
        return ((Element) feed.getDocumentElement().getElementsByTagNameNS(ATOM, name).item(0)).getTextContent();
    }

    @Test
    void theAmendmentsPageListsEachAreasAmendmentsNewestFirstGroupedByDay() throws Exception {
        assertEquals(List.of(), publish(TODAY));

        Document north = Jsoup.parse(output.resolve("north/amendments.html").toFile());
        assertEquals(List.of("1 November 2026", "1 October 2026"), north.select("main h2").eachText());
        assertEquals(List.of("When to call: Said when to call the helpline instead of 999.",
                "Home: Added the helpline's number to the home page.",
                "When to call: Added a section of advice after an emergency."), north.select("main li").eachText());
        assertEquals("incidents/call.html", north.selectFirst("main li a").attr("href"));
        assertEquals("amendments.xml", north.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertEquals("amendments.xml", north.selectFirst("main a:containsOwn(Subscribe to amendments (Atom feed))").attr("href"));

        Document south = Jsoup.parse(output.resolve("south/amendments.html").toFile());
        assertEquals(List.of("Home: Added the helpline's number to the home page.",
                "When to call: Gave South Shire's own advice on when to call."), south.select("main li").eachText());
    }

    @Test
    void aPageShowsItsOwnAmendmentsInItsFacts() throws Exception {
        publish(TODAY);

        Document call = Jsoup.parse(output.resolve("north/incidents/call.html").toFile());
        assertEquals(List.of("1 November 2026: Said when to call the helpline instead of 999.",
                "1 October 2026: Added a section of advice after an emergency."),
                call.select(".app-page-meta dt:containsOwn(Changes) + dd li").eachText());
        Document section = Jsoup.parse(output.resolve("north/incidents/index.html").toFile());
        assertTrue(section.select(".app-page-meta dt:containsOwn(Changes)").isEmpty(), "a page with no amendments lists none");
    }

    @Test
    void theFeedIsAtomWithAnEntryPerAmendmentAndUniqueIds() throws Exception {
        publish(TODAY);

        org.w3c.dom.Document north = feed("north");
        assertEquals(ATOM, north.getDocumentElement().getNamespaceURI());
        assertEquals("feed", north.getDocumentElement().getLocalName());
        assertEquals("Amendments to Test guidance in North Shire", child(north, "title"));
        assertEquals("2026-11-01T00:00:00Z", child(north, "updated"));
        assertEquals("Test guidance", child(north, "name"));
        assertEquals(List.of("When to call", "Home", "When to call"), texts(north, "title"));
        assertEquals(List.of("2026-11-01T00:00:00Z", "2026-10-01T00:00:00Z", "2026-10-01T00:00:00Z"),
                texts(north, "updated"));
        assertEquals(List.of("incidents/call.html", "index.html", "incidents/call.html"), texts(north, "link"));
        assertEquals(List.of("Said when to call the helpline instead of 999.", "Added the helpline's number to the home page.",
                "Added a section of advice after an emergency."), texts(north, "summary"));
        assertEquals(List.of("Test editors", "Test editors", "Test editors"), texts(north, "name").subList(0, 3));

        List<String> ids = new ArrayList<>(texts(north, "id"));
        ids.add(child(north, "id"));
        ids.addAll(texts(feed("south"), "id"));
        ids.add(child(feed("south"), "id"));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "every id is unique, across areas too: " + ids);
        assertTrue(ids.stream().allMatch(id -> id.matches("urn:uuid:[0-9a-f-]{36}")), ids::toString);
    }

    @Test
    void withoutTheSitesAddressTheFeedLinksRelativelyAndSaysSo() throws Exception {
        publish(TODAY);

        String feed = Files.readString(output.resolve("north/amendments.xml"));
        assertTrue(feed.contains("<!-- site.yaml gives no 'address:'"), feed);
        assertFalse(feed.contains("rel=\"self\""), feed);
    }

    @Test
    void withTheSitesAddressTheFeedLinksToWholeAddresses() throws Exception {
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + "address: https://example.org/guidance\n");
        publish(TODAY);

        org.w3c.dom.Document north = feed("north");
        assertEquals(List.of("https://example.org/guidance/north/incidents/call.html",
                "https://example.org/guidance/north/index.html", "https://example.org/guidance/north/incidents/call.html"),
                texts(north, "link"));
        String feed = Files.readString(output.resolve("north/amendments.xml"));
        assertTrue(feed.contains("<link rel=\"self\" type=\"application/atom+xml\""
                + " href=\"https://example.org/guidance/north/amendments.xml\"/>"), feed);
        assertFalse(feed.contains("<!--"), feed);
    }

    @Test
    void theFeedIsTheSameWhicheverDayItIsBuiltAndItsIdsDoNotDependOnTheAddress() throws Exception {
        publish(TODAY);
        byte[] first = Files.readAllBytes(output.resolve("north/amendments.xml"));
        List<String> ids = texts(feed("north"), "id");
        publish(TODAY.plusDays(100));
        assertArrayEquals(first, Files.readAllBytes(output.resolve("north/amendments.xml")));

        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + "address: https://example.org/\n");
        publish(TODAY);
        assertEquals(ids, texts(feed("north"), "id"));
        assertNotEquals(List.of(), ids);
    }

    @Test
    void aMalformedAddressIsAnErrorAtItsLine() {
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + "address: example.org/guidance\n");

        ContentException failure = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> publish(TODAY));

        assertEquals(List.of("content/site.yaml:3:10: 'example.org/guidance' is not a well-formed web address — write"
                + " the whole address the site's index.html is published under, such as https://example.org/guidance/,"
                + " or leave 'address:' out"), failure.problems().stream().map(problem -> problem.format(folder)).toList());
    }

    @Test
    void aPageWhereTheBuildWritesTheAmendmentsIsAnError() {
        fixture.page("pages/amendments.md", "What changed", 90, "Our own list.\n");

        ContentException failure = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> publish(TODAY));

        assertEquals(List.of("content/pages/amendments.md: the build writes its own amendments.html in every area,"
                + " which would replace this page — give the page another file name, and change the links to it"),
                failure.problems().stream().map(problem -> problem.format(folder)).toList());
    }

    @Test
    void anAreaWithNoAmendmentsHasAnEmptyFeedDatedByItsLatestReview() throws Exception {
        fixture.write("content/pages/index.md", fixture.read("content/pages/index.md").replaceAll("(?s)amendments:.*?---",
                "---"));
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replaceAll("(?s)amendments:.*?---", "---"));
        Files.delete(fixture.content.resolve("areas/south/pages/incidents/call.md"));
        publish(TODAY);

        org.w3c.dom.Document north = feed("north");
        assertEquals(0, north.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals("2026-11-01T00:00:00Z", child(north, "updated"));
        Document page = Jsoup.parse(output.resolve("north/amendments.html").toFile());
        assertEquals("No page of the guidance for North Shire has recorded an amendment yet.",
                page.select("main p").last().text());
        assertTrue(page.select("main h2").isEmpty(), page::outerHtml);
    }
}

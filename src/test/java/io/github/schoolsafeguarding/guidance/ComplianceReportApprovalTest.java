package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.JunitReporter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each area's compliance report and amendments feed for the real content, against the approved
 * copies in {@code approved/}. Built for a fixed day, so that they change when the content does and
 * not with the clock: when a test fails, read the {@code .received} file against the approved one,
 * and if the change is what you meant, move it over the approved file.
 */
class ComplianceReportApprovalTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Path APPROVED = Path.of("src/test/java/io/github/schoolsafeguarding/guidance/approved");

    @TempDir
    static Path output;

    @BeforeAll
    static void publish() {
        PublishedSite.publishLeniently(output);
    }

    static List<String> areas() {
        try (Stream<Path> folders = Files.list(PublishedSite.CONTENT.resolve("areas"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Options approved(String area) {
        return new Options(new JunitReporter()).forFile().withAdditionalInformation(area);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void complianceReport(String area) throws IOException {
        String report = ReadableText.of(Jsoup.parse(output.resolve(area).resolve("compliance.html").toFile())
                .selectFirst("main"));
        verifyExplainingANewArea(area, "complianceReport", ".txt", () -> Approvals.verify(report, approved(area)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void amendmentsFeed(String area) throws IOException {
        String feed = Files.readString(output.resolve(area).resolve("amendments.xml"));
        verifyExplainingANewArea(area, "amendmentsFeed", ".xml",
                () -> Approvals.verify(feed, approved(area).forFile().withExtension(".xml")));
    }

    /** A new area has nothing approved yet: say so, and how to approve, rather than show a diff against nothing. */
    private static void verifyExplainingANewArea(String area, String test, String extension, Runnable verify) {
        Path approved = APPROVED.resolve(ComplianceReportApprovalTest.class.getSimpleName() + "." + test + "." + area
                + ".approved" + extension);
        if (Files.exists(approved)) {
            verify.run();
            return;
        }
        try {
            verify.run();
        } catch (AssertionError e) {
            throw new AssertionError("area '" + area + "' has no approved " + test + " yet: read "
                    + approved.getFileName().toString().replace(".approved.", ".received.") + " in " + APPROVED
                    + ", and if it is right, approve it (README: \"Approved files, and a new area's\")", e);
        }
    }

    /** The feed is well-formed Atom, and a feed reader can tell every entry from every other. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void theFeedIsAtomWithUniqueEntryIds(String area) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(output.resolve(area).resolve("amendments.xml").toFile());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0, area + " has the amendment to the model school policy");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), area + " entry " + i + ": " + required);
            }
            ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), area + ": " + ids);
    }
}

package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.Phone;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each area's handbook, read as a reader's PDF viewer and screen reader read it: its cover names
 * the area and the day, every guidance page and decision table is in it and in its outline, the
 * area's own numbers are in it, its links lead somewhere in it, and it is tagged. The areas, pages,
 * tables and numbers are read from the content, so a new area is tested by the same code.
 */
class HandbookTest {

    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @TempDir
    static Path output;

    static SitePublisher.Publication site;
    static Content content;
    static final Map<String, String> TEXTS = new HashMap<>();

    @BeforeAll
    static void publish() {
        site = PublishedSite.publish(output);
        content = ContentReader.read(PublishedSite.CONTENT, new Problems());
    }

    @TestFactory
    Stream<DynamicTest> everyAreaHasAHandbook() {
        assertEquals(content.areas().stream().map(Area::id).toList(), site.areas());
        assertTrue(content.areas().stream().anyMatch(area -> area.contacts().stream().anyMatch(contact ->
                !contact.phones().isEmpty())), "some area gives a phone number of its own for the handbooks to show");
        return content.areas().stream().flatMap(area -> Stream.of(
                DynamicTest.dynamicTest(area.id() + ": the cover names the area and the day", () -> coverNamesTheAreaAndDay(area)),
                DynamicTest.dynamicTest(area.id() + ": every guidance page and decision table is in it and its outline",
                        () -> everyPageIsInTheTextAndOutline(area)),
                DynamicTest.dynamicTest(area.id() + ": the area's phone numbers are in it", () -> namesTheAreasNumbers(area)),
                DynamicTest.dynamicTest(area.id() + ": every link leads somewhere", () -> everyLinkLeadsSomewhere(area)),
                DynamicTest.dynamicTest(area.id() + ": it is tagged for screen readers", () -> isTagged(area)),
                DynamicTest.dynamicTest(area.id() + ": every page's footer links to it", () -> everyPageLinksToIt(area))));
    }

    private static void coverNamesTheAreaAndDay(Area area) throws IOException {
        try (PDDocument pdf = open(area)) {
            String cover = text(pdf, 1, 1);
            assertTrue(cover.contains(area.name()), "the cover should name " + area.name() + ":\n" + cover);
            String day = READABLE_DATE.format(PublishedSite.TODAY);
            assertTrue(cover.contains(day), "the cover should give the day of the build, " + day + ", the tests' fixed day:\n"
                    + cover);
            assertTrue(cover.contains("999"), "the cover should say when to call 999:\n" + cover);
        }
    }

    private static void everyPageIsInTheTextAndOutline(Area area) throws IOException {
        try (PDDocument pdf = open(area)) {
            String text = wholeText(area, pdf);
            List<String> outline = new ArrayList<>();
            collectOutline(pdf, pdf.getDocumentCatalog().getDocumentOutline(), outline);
            List<String> titles = new ArrayList<>(guidancePages(area).stream().map(page -> page.meta().title()).toList());
            content.decisions().stream().map(DecisionTable::question).forEach(titles::add);
            assertTrue(titles.size() > 40, "expected the whole guidance, found " + titles.size() + " titles");
            List<String> notInText = titles.stream().filter(title -> !text.contains(words(title))).toList();
            List<String> notInOutline = titles.stream().filter(title -> !outline.contains(title)).toList();
            assertEquals(List.of(), notInText, "titles not in the text of " + area.id() + "'s handbook");
            assertEquals(List.of(), notInOutline, "titles without a bookmark in " + area.id() + "'s handbook");
            assertTrue(pdf.getNumberOfPages() > titles.size(), "a chapter starts a page: " + pdf.getNumberOfPages());
        }
    }

    private static void namesTheAreasNumbers(Area area) throws IOException {
        try (PDDocument pdf = open(area)) {
            String text = wholeText(area, pdf);
            List<String> numbers = area.contacts().stream().map(Contact::phones).flatMap(List::stream)
                    .map(Phone::number).distinct().toList();
            // an area may list no number of its own (London's boroughs each have their own)
            assertEquals(List.of(), numbers.stream().filter(number -> !text.contains(words(number))).toList(),
                    "numbers from " + area.id() + "'s area.yaml missing from its handbook");
        }
    }

    private static void everyLinkLeadsSomewhere(Area area) throws IOException {
        try (PDDocument pdf = open(area)) {
            int internal = 0;
            int web = 0;
            List<String> broken = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri) {
                        assertTrue(uri.getURI().matches("(https?|mailto|tel):.*"),
                                "a link out of the handbook should be a web, e-mail or phone address: " + uri.getURI());
                        web++;
                        continue;
                    }
                    if (page(pdf, action instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination()) >= 0) {
                        internal++;
                    } else {
                        broken.add("page " + (pdf.getPages().indexOf(page) + 1) + ": " + link.getContents());
                    }
                }
            }
            assertEquals(List.of(), broken, "links in " + area.id() + "'s handbook that lead nowhere in it");
            assertTrue(internal > guidancePages(area).size(), "the contents list alone links to every chapter: " + internal);
            assertTrue(web > 0, "web addresses stay links");
        }
    }

    private static void isTagged(Area area) throws IOException {
        try (PDDocument pdf = open(area)) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked(),
                    "marked as tagged");
            PDStructureTreeRoot structure = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(structure, "has a structure tree");
            assertFalse(structure.getKids().isEmpty(), "its structure tree holds the document");
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().contains(area.name()), pdf.getDocumentInformation().getTitle());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part"), "declares PDF/UA in its metadata");
            Set<String> notEmbedded = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertEquals(Set.of(), notEmbedded, "PDF/UA needs every font embedded");
        }
    }

    private static void everyPageLinksToIt(Area area) throws IOException {
        Path folder = output.resolve(area.id());
        List<String> without = new ArrayList<>();
        for (Path file : PublishedSite.htmlFiles(folder)) {
            String href = folder.relativize(file).getParent() == null ? "" : "../".repeat(folder.relativize(file).getNameCount() - 1);
            if (Jsoup.parse(file.toFile(), "UTF-8").select("footer a[href='" + href + SitePublisher.HANDBOOK + "']").isEmpty()) {
                without.add(folder.relativize(file).toString());
            }
        }
        assertEquals(List.of(), without, "pages whose footer does not link to the handbook by a relative link");
    }

    /** The pages the header's navigation leads to: all but the footer's (the site's own pages). */
    private static List<Page> guidancePages(Area area) {
        Map<String, Page> pages = content.pagesFor(area);
        return pages.values().stream().filter(page -> {
            String top = page.path().contains("/") ? page.path().substring(0, page.path().indexOf('/')) + "/index.md"
                    : page.path();
            return pages.containsKey(top) && !pages.get(top).meta().inFooter();
        }).toList();
    }

    private static void collectOutline(PDDocument pdf, PDOutlineNode node, List<String> titles) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDDestination destination = item.getDestination() != null || !(item.getAction() instanceof PDActionGoTo goTo)
                    ? item.getDestination() : goTo.getDestination();
            assertTrue(page(pdf, destination) >= 0, "bookmark '" + item.getTitle() + "' leads to a page");
            titles.add(item.getTitle());
            collectOutline(pdf, item, titles);
        }
    }

    /** The index of the page a link or bookmark leads to, or -1 where it leads nowhere. */
    private static int page(PDDocument pdf, PDDestination destination) throws IOException {
        if (destination instanceof PDNamedDestination named) {
            destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return destination instanceof PDPageDestination target ? target.retrievePageNumber() : -1;
    }

    private static PDDocument open(Area area) throws IOException {
        Path file = output.resolve(area.id()).resolve(SitePublisher.HANDBOOK);
        assertTrue(Files.isRegularFile(file), file + " is published");
        return Loader.loadPDF(file.toFile());
    }

    /** Each handbook's text, read once: reading 300 pages takes a while. */
    private static String wholeText(Area area, PDDocument pdf) throws IOException {
        if (!TEXTS.containsKey(area.id())) {
            TEXTS.put(area.id(), text(pdf, 1, pdf.getNumberOfPages()));
        }
        return TEXTS.get(area.id());
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return words(stripper.getText(pdf));
    }

    /** Text with every run of spaces and line breaks as one space, as lines wrap where they fall. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

}

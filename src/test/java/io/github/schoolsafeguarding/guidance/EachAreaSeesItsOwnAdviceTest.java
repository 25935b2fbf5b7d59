package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.wording.AreaSpecificText;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.AreaPassages;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each area's readers see their own area's arrangements and no other's: on every shared page, as
 * each area publishes it, no other area is named except where the page names a document (the rule
 * the build applies, {@code page.area-specific-text}), and each area passage is published in the
 * areas it is for and nowhere else. Areas, pages and passages are all found in the content.
 *
 * <p>What the reader sees of the page is read (the theme's {@code .app-prose}, without code), the
 * decision tables and worked examples it embeds included.
 */
class EachAreaSeesItsOwnAdviceTest {

    @TempDir
    static Path folder;

    static Path site;
    static Content content;

    @BeforeAll
    static void publish() {
        site = folder.resolve("site");
        PublishedSite.publish(site);
        content = ContentReader.read(PublishedSite.CONTENT, new Problems());
    }

    /** The shared pages each area publishes as they are (not replaced by a page of its own), by area. */
    static Map<Area, List<Page>> sharedPagesByArea() {
        Map<Area, List<Page>> pages = new TreeMap<>(Comparator.comparing(Area::id));
        for (Area area : content.areas()) {
            Map<String, Page> own = content.areaPages().getOrDefault(area.id(), Map.of());
            pages.put(area, content.sharedPages().values().stream().filter(page -> !own.containsKey(page.path()))
                    .toList());
        }
        return pages;
    }

    static Document published(Area area, Page page) {
        try {
            return Jsoup.parse(site.resolve(area.id()).resolve(PagePaths.htmlFile(page.path())).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's words as the reader sees them, embedded decision tables included, without code. */
    static String prose(Document html) {
        Document copy = html.clone();
        copy.select("pre, code").remove();
        return copy.select("main .app-prose").text();
    }

    @Test
    void noSharedPageNamesAnotherAreaExceptItsDocuments() {
        List<String> found = new ArrayList<>();
        int pagesRead = 0;
        for (Map.Entry<Area, List<Page>> entry : sharedPagesByArea().entrySet()) {
            Area reader = entry.getKey();
            for (Page page : entry.getValue()) {
                String text = prose(published(reader, page));
                pagesRead++;
                for (Area other : content.areas()) {
                    if (!other.equals(reader)) {
                        AreaSpecificText.namings(text, other).forEach(named -> found.add(reader.id() + "/"
                                + page.path() + " names " + other.id() + ": …" + around(text, named.start()) + "…"));
                    }
                }
            }
        }

        assertTrue(pagesRead > content.areas().size(), "pages read: " + pagesRead);
        assertEquals(List.of(), found);
    }

    @Test
    void eachPassageIsPublishedInTheAreasItIsForOnly() {
        List<String> wrong = new ArrayList<>();
        int passagesRead = 0;
        Map<Area, List<Page>> byArea = sharedPagesByArea();
        for (Page page : content.sharedPages().values()) {
            List<AreaPassages.Passage> passages = AreaPassages.of(page.body()).passages();
            String[] lines = page.body().split("\n", -1);
            for (AreaPassages.Passage passage : passages) {
                Optional<String> marker = marker(lines, passage);
                if (marker.isEmpty()) {
                    continue;
                }
                passagesRead++;
                for (Area area : content.areas()) {
                    if (!byArea.get(area).contains(page)) {
                        continue;
                    }
                    boolean expected = shows(passages, passage, area.id()) || passages.stream()
                            .filter(other -> other != passage && shows(passages, other, area.id()))
                            .anyMatch(other -> text(lines, other).contains(marker.get()));
                    String html = published(area, page).select("main").text();
                    if (html.contains(marker.get()) != expected) {
                        wrong.add(page.path() + " line " + (page.bodyLine() + passage.open()) + " for "
                                + passage.areas() + (expected ? " is missing from " : " is published in ") + area.id()
                                + ": '" + marker.get() + "'");
                    }
                }
            }
        }

        assertTrue(passagesRead > 0, "no area passage in the shared pages");
        assertEquals(List.of(), wrong);
    }

    /** Whether area {@code id} shows the passage: its own, or the fallback of a run without its own. */
    static boolean shows(List<AreaPassages.Passage> passages, AreaPassages.Passage passage, String id) {
        if (!passage.isOther()) {
            return passage.areas().contains(id);
        }
        return passages.stream().noneMatch(other -> other.choice() == passage.choice() && other.areas().contains(id));
    }

    /**
     * The longest paragraph or heading of the passage as a reader sees it, up to its first
     * placeholder (whose value differs by area), to look for in the published page.
     */
    static Optional<String> marker(String[] lines, AreaPassages.Passage passage) {
        List<String> blocks = new ArrayList<>();
        new MarkdownRenderer().parse(text(lines, passage)).orElseThrow().accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(words(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                blocks.add(words(heading));
            }
        });
        return blocks.stream().map(block -> block.split("\\{\\{", 2)[0].strip())
                .filter(block -> block.length() >= 12)
                .max(Comparator.comparingInt(String::length));
    }

    /** The words of a block, without Markdown marks, line breaks as spaces. */
    static String words(Node block) {
        StringBuilder words = new StringBuilder();
        for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                words.append(text.getLiteral());
            } else if (node instanceof Code code) {
                words.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                words.append(' ');
            } else {
                words.append(words(node));
            }
        }
        return words.toString();
    }

    static String text(String[] lines, AreaPassages.Passage passage) {
        return String.join("\n", Arrays.asList(lines).subList(passage.open() + 1,
                Math.min(passage.close(), lines.length)));
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60));
    }
}

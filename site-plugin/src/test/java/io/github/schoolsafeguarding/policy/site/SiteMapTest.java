package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site map reads sections from an index built once; it must give what a scan of every page gives,
 * for the real content and for a generated tree several levels deep.
 */
class SiteMapTest {

    @TempDir
    Path folder;

    @Test
    void theIndexGivesWhatAScanOfEveryPageGivesForTheRealContent() {
        Content content = ContentReader.read(Path.of("../content"), new Problems());
        assertFalse(content.areas().isEmpty());
        for (Area area : content.areas()) {
            assertSameAsAScan(content.pagesFor(area));
        }
    }

    @Test
    void theIndexGivesWhatAScanOfEveryPageGivesForAGeneratedTree() {
        ContentFixture fixture = new ContentFixture(folder);
        for (int a = 1; a <= 4; a++) {
            fixture.page("pages/part-" + a + "/index.md", "Part " + a, 50 - a, "Part.\n");
            for (int b = 1; b <= 6; b++) {
                // equal orders, so the title decides; and a deeper section in each part
                fixture.page("pages/part-" + a + "/page-" + b + ".md", "Page " + (7 - b), b % 3, "Page.\n");
            }
            fixture.page("pages/part-" + a + "/deeper/index.md", "Deeper " + a, 1, "Deeper.\n");
            fixture.page("pages/part-" + a + "/deeper/leaf.md", "Leaf " + a, 1, "Leaf.\n");
        }
        Content content = ContentReader.read(fixture.content, new Problems());
        assertSameAsAScan(content.pagesFor(content.areas().get(0)));
        SiteMap map = new SiteMap(content.pagesFor(content.areas().get(0)));
        assertEquals(List.of("Page 1", "Page 4", "Deeper 1", "Page 3", "Page 6", "Page 2", "Page 5"),
                map.children("part-1/index.md").stream().map(page -> page.meta().title()).toList(),
                "order first, then title");
        assertEquals(List.of("index.md", "part-2/index.md", "part-2/deeper/index.md"),
                map.ancestors("part-2/deeper/leaf.md").stream().map(Page::path).toList());
    }

    /** Every section's children, each page's place among them, ancestors and section, against a scan. */
    private static void assertSameAsAScan(Map<String, Page> pages) {
        SiteMap map = new SiteMap(pages);
        Set<String> sections = new TreeSet<>(pages.keySet());
        pages.keySet().forEach(path -> PagePaths.parent(path).ifPresent(sections::add));
        for (String section : sections) {
            List<Page> scanned = pages.values().stream()
                    .filter(page -> !page.path().equals(section))
                    .filter(page -> PagePaths.parent(page.path()).filter(section::equals).isPresent())
                    .sorted(Comparator.comparingInt((Page page) -> page.meta().order())
                            .thenComparing(page -> page.meta().title()))
                    .toList();
            assertEquals(scanned, map.children(section), section);
            for (int i = 0; i < scanned.size(); i++) {
                assertEquals(i, map.place(scanned.get(i).path()).getAsInt(), scanned.get(i).path());
            }
        }
        for (Page page : pages.values()) {
            List<String> above = new java.util.ArrayList<>();
            for (String parent = PagePaths.parent(page.path()).orElse(null); parent != null;
                    parent = PagePaths.parent(parent).orElse(null)) {
                if (pages.containsKey(parent)) {
                    above.add(0, parent);
                }
            }
            assertEquals(above, map.ancestors(page.path()).stream().map(Page::path).toList(), page.path());
            assertTrue(map.place(page.path()).isPresent() != page.path().equals(SiteMap.HOME), page.path());
        }
    }
}

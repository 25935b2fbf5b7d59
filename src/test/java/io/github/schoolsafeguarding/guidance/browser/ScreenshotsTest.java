package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole-page screenshots of the pages a reader meets first, on a phone and on a desktop, for people
 * to look at: {@code target/screenshots/<area>-<page>-<width>.png}.
 */
@ExtendWith(SiteInChromium.class)
class ScreenshotsTest {

    static final Path FOLDER = Path.of("target", "screenshots");

    /** The pages every area publishes in the same place, by the name their screenshots take. */
    static final Map<String, String> PAGES = Map.of(
            "home", "index.html",
            "contacts", "contacts.html",
            "compliance", "compliance.html",
            // a law's status under each section
            "legislation", "legislation.html");

    /**
     * Pages found by what they show, by the name their screenshots take: a guidance page showing a
     * decision table, and one asking for contacts the area may not have.
     */
    static final Map<String, String> PAGES_SHOWING = Map.of(
            "guidance-with-table", "class=\"app-decision-embed\"",
            "contacts-block", "class=\"app-contact-role\"");

    /** A phone's screen and a desktop's, in CSS pixels: width, height. */
    static final int[][] SCREENS = {{375, 812}, {Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT}};

    /** The innermost elements reaching past the right edge of the screen, which make a reader scroll sideways. */
    static final String STICKING_OUT = """
            var width = document.documentElement.clientWidth;
            function outside(element) { return element.getBoundingClientRect().right > width + 1; }
            return Array.from(document.querySelectorAll('body *'))
              .filter(function (element) { return outside(element) && !Array.from(element.children).some(outside); })
              .slice(0, 3)
              .map(function (element) {
                return element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                  + ' "' + element.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
              });
            """;

    @Test
    void screenshotsOfTheMainPagesOnAPhoneAndADesktop(Site site, Chromium browser) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int[] screen : SCREENS) {
            browser.windowSize(screen[0], screen[1]);
            for (String area : site.areas()) {
                Map<String, Path> pages = new TreeMap<>();
                PAGES.forEach((name, path) -> pages.put(name, site.page(area + "/" + path)));
                PAGES_SHOWING.forEach((name, mark) -> pages.put(name, site.firstPageWith(area, mark)));
                for (Map.Entry<String, Path> page : pages.entrySet()) {
                    browser.open(page.getValue());
                    Path png = FOLDER.resolve(area + "-" + page.getKey() + "-" + screen[0] + ".png");
                    browser.screenshot(png);
                    int[] size = pngSize(png);
                    if (size[0] != screen[0]) {
                        problems.add(png + ": the page is " + size[0] + " pixels wide on a screen of " + screen[0]
                                + ", because of " + browser.run(STICKING_OUT));
                    }
                    assertTrue(size[1] >= screen[1], png + " is at least one screen high: " + size[1]);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** A PNG's width and height, from its header. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertEquals((byte) 0x89, signature[0], png + " is a PNG");
            data.readInt();
            assertEquals(0x49484452, data.readInt(), png + " starts with its IHDR header");
            return new int[] {data.readInt(), data.readInt()};
        }
    }
}

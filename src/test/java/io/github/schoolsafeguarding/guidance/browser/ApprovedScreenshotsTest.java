package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first screen a reader sees of a guidance page that shows a decision table, and of that
 * table's own page, on a phone and on a desktop, in every area, held against approved screenshots
 * kept beside this class: a change to how these pages look shows as a changed picture in review.
 *
 * <p>Pictures are compared as squares of {@value #SQUARE} pixels, each by its mean brightness, so a
 * block that moves, appears or disappears is seen, while how a font's edges are smoothed is not. On
 * a difference the test writes {@code <name>.received.png} beside the approved one: look at both,
 * and if the new one is right, move it over the approved file.
 */
@ExtendWith(SiteInChromium.class)
class ApprovedScreenshotsTest {

    static final Path APPROVED = Path.of("src", "test", "java", "io", "github", "schoolsafeguarding", "guidance",
            "browser", "approved");

    /** A phone's screen and a desktop's, in CSS pixels: width, height. */
    static final int[][] SCREENS = {{375, 812}, {Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT}};

    /** The side of the squares compared, in pixels. */
    static final int SQUARE = 16;

    /** How far a square's mean brightness (0 to 255) may move before the square counts as changed. */
    static final int SHADE_TOLERANCE = 24;

    /** The share of squares that may change before the picture counts as changed. */
    static final double CHANGED_SHARE = 0.02;

    /** The mark the theme gives a guidance page's embedded table, with the table's id. */
    private static final Pattern EMBEDDED_TABLE = Pattern.compile("class=\"app-decision-embed\" data-table=\"([^\"]+)\"");

    @Test
    void theFirstScreenOfAGuidancePageAndOfItsDecisionPageLookAsApproved(Site site, Chromium browser) {
        List<String> changed = new ArrayList<>();
        for (int[] screen : SCREENS) {
            browser.windowSize(screen[0], screen[1]);
            for (String area : site.areas()) {
                Path guidance = site.firstPageWith(area, "class=\"app-decision-embed\"");
                Matcher table = EMBEDDED_TABLE.matcher(Site.read(guidance));
                assertTrue(table.find(), site.name(guidance) + " shows a decision table");
                Path decision = site.page(area + "/decisions/" + table.group(1) + ".html");
                compare(browser, guidance, area + "-guidance-" + screen[0], changed);
                compare(browser, decision, area + "-decision-" + screen[0], changed);
            }
        }
        if (!changed.isEmpty()) {
            fail(changed.size() + " screenshots differ from the approved ones; compare each .received.png with its"
                    + " .approved.png in " + APPROVED + ", and move the received one over it if it is right:\n"
                    + String.join("\n", changed));
        }
    }

    private static void compare(Chromium browser, Path page, String name, List<String> changed) {
        browser.open(page);
        Path received = APPROVED.resolve(name + ".received.png");
        Path approved = APPROVED.resolve(name + ".approved.png");
        browser.screenshotOfScreen(received);
        String difference = Files.exists(approved) ? difference(image(approved), image(received)) : "nothing approved yet";
        if (difference.isEmpty()) {
            delete(received);
        } else {
            changed.add(name + " (" + page.getFileName() + "): " + difference);
        }
    }

    /** How two pictures differ, in words, or "" when they look the same. */
    static String difference(BufferedImage approved, BufferedImage received) {
        if (approved.getWidth() != received.getWidth() || approved.getHeight() != received.getHeight()) {
            return "the size is " + received.getWidth() + " by " + received.getHeight() + ", was "
                    + approved.getWidth() + " by " + approved.getHeight();
        }
        int squares = 0;
        int moved = 0;
        for (int y = 0; y < approved.getHeight(); y += SQUARE) {
            for (int x = 0; x < approved.getWidth(); x += SQUARE) {
                squares++;
                if (Math.abs(brightness(approved, x, y) - brightness(received, x, y)) > SHADE_TOLERANCE) {
                    moved++;
                }
            }
        }
        double share = (double) moved / squares;
        return share <= CHANGED_SHARE ? "" : String.format("%.1f%% of the picture changed", share * 100);
    }

    /** The mean brightness of one square, 0 to 255. */
    private static double brightness(BufferedImage image, int left, int top) {
        long sum = 0;
        int count = 0;
        for (int y = top; y < Math.min(top + SQUARE, image.getHeight()); y++) {
            for (int x = left; x < Math.min(left + SQUARE, image.getWidth()); x++) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                count++;
            }
        }
        return (double) sum / count;
    }

    private static BufferedImage image(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

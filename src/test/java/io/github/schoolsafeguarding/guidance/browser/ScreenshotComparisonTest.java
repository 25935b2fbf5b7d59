package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** How {@link ApprovedScreenshotsTest} tells a changed page from the same page drawn a little differently. */
class ScreenshotComparisonTest {

    @Test
    void theSamePictureLooksTheSame() {
        assertEquals("", ApprovedScreenshotsTest.difference(page(100, 0), page(100, 0)));
    }

    @Test
    void aFewPixelsDrawnDifferentlyDoNotCount() {
        BufferedImage smoothed = page(100, 0);
        for (int x = 100; x < 300; x += 7) {
            smoothed.setRGB(x, 101, Color.GRAY.getRGB());
        }
        assertEquals("", ApprovedScreenshotsTest.difference(page(100, 0), smoothed));
    }

    @Test
    void aBlockThatMovesIsSeen() {
        String difference = ApprovedScreenshotsTest.difference(page(100, 0), page(400, 0));
        assertTrue(difference.endsWith("of the picture changed"), difference);
    }

    @Test
    void aPageThatGrowsWiderIsSeen() {
        assertEquals("the size is 456 by 812, was 375 by 812",
                ApprovedScreenshotsTest.difference(page(100, 0), page(100, 81)));
    }

    /** A white phone screen with a dark block, such as a heading, at a height; widened by some pixels. */
    private static BufferedImage page(int blockTop, int wider) {
        BufferedImage image = new BufferedImage(375 + wider, 812, BufferedImage.TYPE_INT_RGB);
        Graphics2D drawing = image.createGraphics();
        drawing.setColor(Color.WHITE);
        drawing.fillRect(0, 0, image.getWidth(), image.getHeight());
        drawing.setColor(Color.BLACK);
        drawing.fillRect(15, blockTop, 345, 120);
        drawing.dispose();
        return image;
    }
}

package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChromiumTest {

    @Test
    void aMissingBrowserFailsSayingWhatToInstall() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Chromium.requireInstalled(Path.of("/nonexistent/chromium"), "chromium"));
        assertTrue(missing.getMessage().contains("/nonexistent/chromium is missing"), missing.getMessage());
        assertTrue(missing.getMessage().contains("apt-get install chromium chromium-driver"), missing.getMessage());
    }
}

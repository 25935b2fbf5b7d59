package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.frontend.FrontendAssets;
import io.github.schoolsafeguarding.policy.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real theme's stylesheet with an area's one-line {@code _settings.scss}, as theme/README.md
 * tells a partnership to write it: the setting changes, and nothing else does.
 */
class AreaThemeSettingsTest {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\([^)]*\\)");

    @TempDir
    Path folder;

    final FrontendAssets assets = new FrontendAssets();
    final Problems problems = new Problems();

    @AfterEach
    void stopSass() {
        assets.close();
    }

    @Test
    void anAreasBrandColourChangesOnlyColoursAndKeepsTheSharedFont() throws IOException {
        String shared = css(new Theme(List.of(PublishedSite.THEME)));
        String area = css(new Theme(List.of(areaTheme("$govuk-brand-colour: #8a1538;\n"), PublishedSite.THEME)));

        assertEquals(List.of(), problems.all());
        assertEquals(COLOUR.matcher(shared).replaceAll("<colour>"), COLOUR.matcher(area).replaceAll("<colour>"),
                "only colour values differ");
        // GOV.UK Frontend derives tints and shades from the brand colour: each colour that changes must
        // be one of them, the same hue as the old brand colour before and as the new one after
        List<String[]> changed = changedColours(shared, area);
        assertTrue(changed.stream().anyMatch(pair -> pair[1].equals("#8a1538")), "the brand colour is used");
        for (String[] pair : changed) {
            assertEquals(hue("#1d70b8"), hue(pair[0]), 5, "only the brand colour's tints change: " + pair[0]);
            assertEquals(hue("#8a1538"), hue(pair[1]), 5, pair[0] + " becomes a tint of the area's colour: " + pair[1]);
        }
        assertTrue(area.contains("font-family:system-ui,"), "the shared font is kept");
        assertFalse(area.contains("GDS Transport"));
    }

    @Test
    void anAreaThatAsksForGovuksLicensedFontFailsTheBuildAtItsLine() throws IOException {
        Path theme = areaTheme("$govuk-font-family: \"GDS Transport\", arial, sans-serif;\n");

        assets.publish(new Theme(List.of(theme, PublishedSite.THEME)), problems);

        Problem problem = problems.all().get(0);
        assertEquals("theme.font", problem.id());
        assertTrue(problem.isError());
        assertEquals(theme.resolve("assets/_settings.scss"), problem.location().file());
        assertEquals(1, problem.location().line());
    }

    private Path areaTheme(String settings) throws IOException {
        Path theme = folder.resolve("theme-" + Integer.toHexString(settings.hashCode()));
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/_settings.scss"), settings, StandardCharsets.UTF_8);
        return theme;
    }

    private String css(Theme theme) {
        return new String(assets.publish(theme, problems).get("site.css"), StandardCharsets.UTF_8);
    }

    /** Each colour of {@code shared} that {@code area} has another colour in place of, with that colour. */
    private static List<String[]> changedColours(String shared, String area) {
        List<String> before = colours(shared);
        List<String> after = colours(area);
        List<String[]> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(new String[] {before.get(i), after.get(i)});
            }
        }
        return changed;
    }

    /** The hue of a #rgb or #rrggbb colour in degrees: mixing it with white or black (a tint, a shade) keeps it. */
    private static double hue(String colour) {
        String hex = colour.length() == 4 ? colour.replaceAll("([0-9a-fA-F])", "$1$1") : colour;
        int rgb = Integer.parseInt(hex.substring(1, 7), 16);
        double r = (rgb >> 16 & 0xff) / 255.0;
        double g = (rgb >> 8 & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double range = max - Math.min(r, Math.min(g, b));
        double hue = max == r ? (g - b) / range : max == g ? 2 + (b - r) / range : 4 + (r - g) / range;
        return (hue * 60 + 360) % 360;
    }

    private static List<String> colours(String css) {
        List<String> colours = new ArrayList<>();
        Matcher matcher = COLOUR.matcher(css);
        while (matcher.find()) {
            colours.add(matcher.group());
        }
        return colours;
    }
}

package io.github.schoolsafeguarding.policy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendAssetsTest {

    @TempDir
    Path folder;

    final FrontendAssets assets = new FrontendAssets();
    final Problems problems = new Problems();

    @AfterEach
    void stopSass() {
        assets.close();
    }

    @Test
    void compilesTheThemesSassWithGovukFrontendInABrandNeutralFont() throws IOException {
        Path shared = theme("shared", Map.of(
                "assets/site.scss", """
                        $govuk-font-family: system-ui, sans-serif;
                        $govuk-include-default-font-face: false;
                        @import "govuk-frontend/dist/govuk/base";
                        @import "govuk-frontend/dist/govuk/core/index";
                        @import "govuk-frontend/dist/govuk/components/button/index";
                        """,
                "assets/logo.svg", "<svg/>"));

        Map<String, byte[]> files = assets.publish(new Theme(List.of(shared)), problems);

        assertEquals(List.of(), problems.all());
        assertEquals(List.of("govuk-frontend.js", "logo.svg", "site.css"), List.copyOf(files.keySet()));
        String css = text(files.get("site.css"));
        assertTrue(css.contains(".govuk-button"), "GOV.UK Frontend's button is compiled in");
        assertTrue(css.contains("system-ui"), "the font chosen by the theme is used");
        assertFalse(css.contains("GDS Transport"), "GOV.UK's own font is never named");
        assertFalse(css.contains("@font-face"), "no font files are asked for");
    }

    @Test
    void publishesGovukFrontendsScriptAsAClassicScriptWithoutASourceMap() {
        Map<String, byte[]> files = assets.publish(new Theme(List.of(theme("shared", Map.of()))), problems);

        String script = text(files.get("govuk-frontend.js"));
        assertTrue(script.startsWith("/*! GOV.UK Frontend " + GovukFrontend.VERSION + " | MIT licence"), script.substring(0, 80));
        assertTrue(script.contains("global.GOVUKFrontend"), "a UMD bundle that sets a global, not an ES module");
        assertFalse(script.contains("sourceMappingURL"), "no request for a map that is not published");
    }

    @Test
    void anAreasSettingsApplyOnTopOfTheSharedOnesWithoutCopyingTheStylesheet() {
        Path shared = theme("shared", Map.of(
                "assets/_settings.scss", "$brand: blue;\n$font: system-ui;\n",
                "assets/site.scss", "@import \"settings\";\n.brand { color: $brand; font-family: $font; }\n"));
        Path area = theme("area", Map.of("assets/_settings.scss", "$brand: red;\n"));

        String sharedCss = text(assets.publish(new Theme(List.of(shared)), problems).get("site.css"));
        String areaCss = text(assets.publish(new Theme(List.of(area, shared)), problems).get("site.css"));

        assertEquals(List.of(), problems.all());
        assertEquals(".brand{color:blue;font-family:system-ui}", sharedCss.strip());
        assertEquals(".brand{color:red;font-family:system-ui}", areaCss.strip(), "the shared font is kept");
    }

    @Test
    void aSassErrorInAnAreasSettingsIsReportedAtThatFileAndLine() {
        Path shared = theme("shared", Map.of(
                "assets/_settings.scss", "$brand: blue;\n",
                "assets/site.scss", "@import \"settings\";\n.brand { color: $brand; }\n"));
        Path area = theme("area", Map.of("assets/_settings.scss", "$brand: red;\n$oops: $missing;\n"));

        assets.publish(new Theme(List.of(area, shared)), problems);

        Problem problem = problems.all().get(0);
        assertEquals("theme.sass", problem.id());
        assertEquals(area.resolve("assets/_settings.scss"), problem.location().file());
        assertEquals(2, problem.location().line());
    }

    @Test
    void govukFrontendsOwnDeprecationsAreQuietAndTheThemesOwnAreNot() {
        List<String> log = new ArrayList<>();
        assets.logTo(log::add);
        Path shared = theme("shared", Map.of(
                "assets/site.scss", """
                        $govuk-font-family: system-ui, sans-serif;
                        @import "govuk-frontend/dist/govuk/base";
                        .own { width: (100% / 3); }
                        """));

        assets.publish(new Theme(List.of(shared)), problems);

        assertEquals(List.of(), problems.all());
        assertFalse(log.stream().anyMatch(line -> line.contains("govuk")), String.join("\n", log));
        assertTrue(log.stream().anyMatch(line -> line.contains("slash-div") && line.contains("theme:/site.scss")),
                "the theme's own deprecation is shown: " + log);
    }

    @Test
    void areasWhoseThemesHoldNoFilesOfTheirOwnShareOneCompilation() {
        List<String> log = new ArrayList<>();
        assets.logTo(log::add);
        Path shared = theme("shared", Map.of("assets/site.scss", ".own { width: (100% / 3); }\n"));
        Path area = theme("area", Map.of("templates/footer.mustache", "footer"));

        assets.publish(new Theme(List.of(shared)), problems);
        assets.publish(new Theme(List.of(area, shared)), problems);

        assertEquals(1, log.size(), "compiled once: " + log);
    }

    @Test
    void gdsTransportIsAnErrorAtTheLineThatAsksForIt() {
        Path shared = theme("shared", Map.of(
                "assets/_settings.scss", "$govuk-font-family: system-ui, sans-serif;\n$govuk-include-default-font-face: false;\n",
                "assets/site.scss", "@import \"settings\";\n@import \"govuk-frontend/dist/govuk/base\";\n"
                        + "@import \"govuk-frontend/dist/govuk/core/index\";\n"));
        Path area = theme("area", Map.of("assets/_settings.scss", "// brand\n$govuk-include-default-font-face: true;\n"));

        assets.publish(new Theme(List.of(shared)), problems);
        assertEquals(List.of(), problems.all());
        assets.publish(new Theme(List.of(area, shared)), problems);

        Problem problem = problems.all().get(0);
        assertEquals("theme.font", problem.id());
        assertEquals(area.resolve("assets/_settings.scss"), problem.location().file());
        assertEquals(2, problem.location().line());
        assertTrue(problem.message().contains("GDS Transport"), problem.message());
    }

    @Test
    void aFontFileTheSiteDoesNotPublishIsAnErrorAndOneItPublishesIsNot() {
        String fontFace = "@font-face { font-family: Brand; src: url(\"fonts/brand.woff2\") format(\"woff2\"); }\n"
                + "body { font-family: Brand, sans-serif; }\n";
        Path missing = theme("missing", Map.of("assets/site.scss", fontFace));
        Path present = theme("present", Map.of("assets/site.scss", fontFace, "assets/fonts/brand.woff2", "font"));

        assets.publish(new Theme(List.of(present)), problems);
        assertEquals(List.of(), problems.all());
        assets.publish(new Theme(List.of(missing)), problems);

        Problem problem = problems.all().get(0);
        assertEquals("theme.font", problem.id());
        assertEquals(missing.resolve("assets/site.scss"), problem.location().file());
        assertEquals(1, problem.location().line());
        assertTrue(problem.message().contains("'fonts/brand.woff2'"), problem.message());
    }

    @Test
    void aSassErrorIsReportedAtTheThemeFileAndLineAndPublishesNoStylesheet() {
        Path shared = theme("shared", Map.of(
                "assets/_colours.scss", "$brand: blue;\n.oops { color: $missing; }\n",
                "assets/site.scss", "@import \"colours\";\n"));

        Map<String, byte[]> files = assets.publish(new Theme(List.of(shared)), problems);

        assertFalse(files.containsKey("site.css"));
        Problem problem = problems.all().get(0);
        assertEquals("theme.sass", problem.id());
        assertEquals(shared.resolve("assets/_colours.scss"), problem.location().file());
        assertEquals(2, problem.location().line());
        assertTrue(problem.message().contains("Undefined variable"), problem.message());
    }

    private Path theme(String name, Map<String, String> files) {
        Path root = folder.resolve(name);
        try {
            Files.createDirectories(root.resolve("templates"));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return root;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

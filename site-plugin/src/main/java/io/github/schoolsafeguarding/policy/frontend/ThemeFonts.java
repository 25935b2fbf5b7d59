package io.github.schoolsafeguarding.policy.frontend;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fonts a compiled stylesheet asks for. Two ways a theme's settings go wrong unseen: GOV.UK's
 * own font, GDS Transport, is licensed for GOV.UK alone (GOV.UK Frontend switches it on as soon as
 * {@code $govuk-font-family} names it, or {@code $govuk-include-default-font-face} is true), and a
 * font file the site does not publish makes every reader's browser fall back to another font without
 * a word.
 */
final class ThemeFonts {

    static final String RULE = "theme.font";

    private static final String LICENSED = "GDS Transport";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");
    private static final String FIX_LICENSED = "GDS Transport is licensed for GOV.UK only: in the theme's _settings.scss"
            + " set $govuk-font-family to a font stack without it (the shared one is system-ui, ... sans-serif)"
            + " and $govuk-include-default-font-face: false";

    private final List<Path> sassFiles;

    /** @param sassFiles the theme's Sass files, searched for the line that chose a font */
    ThemeFonts(List<Path> sassFiles) {
        this.sassFiles = List.copyOf(sassFiles);
    }

    /**
     * Reports GOV.UK's licensed font and every font file not among {@code published}.
     *
     * @param cssName the stylesheet's path under {@code assets/}, which its relative URLs start from
     * @param stylesheet the Sass file it was compiled from, where a problem is reported when no line is found
     */
    void check(String css, String cssName, Set<String> published, Path stylesheet, Problems problems) {
        if (css.contains(LICENSED)) {
            Location where = lineWith(Pattern.compile("GDS Transport|\\$govuk-include-default-font-face\\s*:\\s*true"))
                    .orElse(Location.of(stylesheet));
            problems.add(Problem.error(RULE, where, cssName + " would use GOV.UK's licensed font, GDS Transport",
                    FIX_LICENSED));
        }
        Set<String> missing = new LinkedHashSet<>();
        Matcher face = FONT_FACE.matcher(css);
        while (face.find()) {
            Matcher url = URL.matcher(face.group(1));
            while (url.find()) {
                String address = url.group(1).strip();
                if (!address.startsWith("data:") && !published.contains(resolve(cssName, address))) {
                    missing.add(address);
                }
            }
        }
        for (String address : missing) {
            String file = address.replaceAll("[?#].*$", "");
            String name = file.substring(file.lastIndexOf('/') + 1);
            Location where = lineWith(Pattern.compile(Pattern.quote(name))).orElse(Location.of(stylesheet));
            problems.add(Problem.error(RULE, where,
                    cssName + " asks for the font file '" + address + "', which the site does not publish",
                    "put the font file in the theme's assets/ folder and refer to it relative to " + cssName
                            + " (for example url(\"fonts/" + name + "\")), or remove the @font-face rule"));
        }
    }

    /** The published path a URL in the stylesheet leads to, or the URL itself when it leaves the assets. */
    private static String resolve(String cssName, String address) {
        try {
            URI uri = new URI(null, null, cssName, null).resolve(new URI(address.replaceAll("[?#].*$", "")));
            return uri.isAbsolute() || uri.getPath() == null ? address : uri.normalize().getPath();
        } catch (URISyntaxException e) {
            return address;
        }
    }

    private Optional<Location> lineWith(Pattern pattern) {
        for (Path file : sassFiles) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.strip().startsWith("//") && pattern.matcher(line).find()) {
                    return Optional.of(Location.of(file, i + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package io.github.schoolsafeguarding.policy.frontend;

import com.sass_lang.embedded_protocol.InboundMessage.ImportResponse.ImportSuccess;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.importer.CustomImporter;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds a stylesheet the theme's Sass imports by the theme's own lookup order: the area's
 * {@code theme/assets/}, then the project's. Every stylesheet gets a {@code theme:} URL, so that Sass
 * hands the relative imports inside it back here too: an area that puts its own partial in its theme
 * changes what the shared {@code site.scss} imports, without copying it. GOV.UK Frontend's Sass is
 * {@link GovukImporter}'s.
 *
 * <p>{@value #SETTINGS} is the one partial that layers instead of replacing: every theme folder's
 * copy is imported, the project's first and the area's last, so an area's one-line settings file
 * changes that setting and keeps the shared ones (the brand-neutral font above all).
 */
final class ThemeImporter extends CustomImporter {

    static final String SCHEME = "theme:/";

    static final String SETTINGS = "_settings.scss";

    /** The URL of one folder's own settings file in the layered {@value #SETTINGS}: theme:/~1/_settings.scss. */
    private static final Pattern LAYER = Pattern.compile("~(\\d+)/" + Pattern.quote(SETTINGS));

    private final List<Path> assetFolders;

    /** @param assetFolders the theme's {@code assets/} folders, most specific first */
    ThemeImporter(List<Path> assetFolders) {
        this.assetFolders = List.copyOf(assetFolders);
    }

    @Override
    public String canonicalize(String url, boolean fromImport) {
        if (!url.startsWith(SCHEME)) {
            return null;
        }
        String path = url.substring(SCHEME.length());
        if (LAYER.matcher(path).matches()) {
            return url;
        }
        // an import inside one layer's settings file follows the lookup order like any other
        path = path.replaceFirst("^~\\d+/", "");
        for (String candidate : candidates(path)) {
            if (themeFile(candidate).isPresent()) {
                return SCHEME + candidate;
            }
        }
        return null;
    }

    @Override
    public ImportSuccess handleImport(String canonicalUrl) {
        String path = canonicalUrl.substring(SCHEME.length());
        String contents = path.equals(SETTINGS) && settingsLayers().size() > 1
                ? layeredSettings()
                : read(file(canonicalUrl).orElseThrow(() -> new IllegalStateException("no stylesheet " + canonicalUrl)));
        return ImportSuccess.newBuilder()
                .setContents(contents)
                .setSyntax(path.endsWith(".css") ? Syntax.CSS : Syntax.SCSS)
                .build();
    }

    /** The theme file a theme: URL stands for. */
    Optional<Path> file(String canonicalUrl) {
        if (!canonicalUrl.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String path = canonicalUrl.substring(SCHEME.length());
        Matcher layer = LAYER.matcher(path);
        if (layer.matches()) {
            int folder = Integer.parseInt(layer.group(1));
            return folder < assetFolders.size() ? Optional.of(assetFolders.get(folder).resolve(SETTINGS)) : Optional.empty();
        }
        return themeFile(path);
    }

    /** The names Sass would try for an import: the file, its partial, or the folder's index, as Sass resolves them. */
    static List<String> candidates(String path) {
        if (path.endsWith(".scss") || path.endsWith(".css")) {
            return List.of(path);
        }
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        return List.of(path + ".scss", folder + "_" + name + ".scss", path + ".css",
                path + "/_index.scss", path + "/index.scss");
    }

    /** The folders that hold a settings file, by their index, the least specific (the project's) first. */
    private List<Integer> settingsLayers() {
        return IntStream.range(0, assetFolders.size()).map(i -> assetFolders.size() - 1 - i)
                .filter(i -> Files.isRegularFile(assetFolders.get(i).resolve(SETTINGS)))
                .boxed().toList();
    }

    /**
     * Imports each folder's settings in turn, so that a later (more specific) one overrides an earlier
     * one. Relative URLs, so that Sass asks this importer for them and not another theme's.
     */
    private String layeredSettings() {
        return settingsLayers().stream()
                .map(folder -> "@import \"~" + folder + "/" + SETTINGS + "\";\n")
                .collect(Collectors.joining());
    }

    private Optional<Path> themeFile(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        return assetFolders.stream().map(folder -> folder.resolve(path)).filter(Files::isRegularFile).findFirst();
    }

    /**
     * A partial's text, read as every input is; what is wrong with it ends the import, and Sass reports
     * it at the line that imports it.
     */
    private static String read(Path file) {
        Problems found = new Problems();
        return InputFiles.readText(file, found).orElseThrow(() -> new UnreadablePartial(found.all().stream()
                .map(problem -> file.getFileName() + (problem.location().line() > 0 ? ":" + problem.location().line()
                        : "") + ": " + problem.message() + " — " + problem.fix())
                .collect(Collectors.joining("; "))));
    }

    /** Says only its message: Sass shows the exception's {@code toString()}, which would start with a Java class name. */
    private static final class UnreadablePartial extends RuntimeException {

        UnreadablePartial(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}

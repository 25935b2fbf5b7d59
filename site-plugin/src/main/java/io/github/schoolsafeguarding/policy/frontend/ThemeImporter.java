package io.github.schoolsafeguarding.policy.frontend;

import com.sass_lang.embedded_protocol.InboundMessage.ImportResponse.ImportSuccess;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.importer.CustomImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a stylesheet the theme's Sass imports by the theme's own lookup order: the area's
 * {@code theme/assets/}, then the project's, then the GOV.UK Frontend package. Every stylesheet gets a
 * {@code theme:} URL, so that Sass hands the relative imports inside it back here too: an area that
 * puts its own {@code _settings.scss} in its theme changes what the shared {@code site.scss} imports,
 * without copying it.
 */
final class ThemeImporter extends CustomImporter {

    static final String SCHEME = "theme:/";

    /** Where the Sass of GOV.UK Frontend is imported from: {@code @import "govuk-frontend/dist/govuk/base"}. */
    private static final String FRONTEND = "govuk-frontend/";

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
        for (String candidate : candidates(path)) {
            if (exists(candidate)) {
                return SCHEME + candidate;
            }
        }
        return null;
    }

    @Override
    public ImportSuccess handleImport(String canonicalUrl) {
        String path = canonicalUrl.substring(SCHEME.length());
        String contents = read(path).orElseThrow(() -> new IllegalStateException("no stylesheet " + canonicalUrl));
        return ImportSuccess.newBuilder()
                .setContents(contents)
                .setSyntax(path.endsWith(".css") ? Syntax.CSS : Syntax.SCSS)
                .build();
    }

    /** The file a theme: URL stands for, when it is one of the theme's own rather than GOV.UK Frontend's. */
    Optional<Path> file(String canonicalUrl) {
        if (!canonicalUrl.startsWith(SCHEME)) {
            return Optional.empty();
        }
        return themeFile(canonicalUrl.substring(SCHEME.length()));
    }

    /** The names Sass would try for an import: the file, its partial, or the folder's index, as Sass resolves them. */
    private static List<String> candidates(String path) {
        if (path.endsWith(".scss") || path.endsWith(".css")) {
            return List.of(path);
        }
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        return List.of(path + ".scss", folder + "_" + name + ".scss", path + ".css",
                path + "/_index.scss", path + "/index.scss");
    }

    /** Whether a stylesheet is there, without reading it: Sass asks after several names for each import. */
    private boolean exists(String path) {
        return themeFile(path).isPresent()
                || path.startsWith(FRONTEND) && GovukFrontend.has(path.substring(FRONTEND.length()));
    }

    private Optional<String> read(String path) {
        Optional<Path> file = themeFile(path);
        if (file.isPresent()) {
            try {
                return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get(), e);
            }
        }
        if (path.startsWith(FRONTEND)) {
            return GovukFrontend.resource(path.substring(FRONTEND.length())).map(ThemeImporter::text);
        }
        return Optional.empty();
    }

    private Optional<Path> themeFile(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        return assetFolders.stream().map(folder -> folder.resolve(path)).filter(Files::isRegularFile).findFirst();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

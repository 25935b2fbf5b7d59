package io.github.schoolsafeguarding.policy.frontend;

import com.sass_lang.embedded_protocol.InboundMessage.CompileRequest.StringInput;
import com.sass_lang.embedded_protocol.OutboundMessage.CompileResponse.CompileFailure;
import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import io.github.schoolsafeguarding.policy.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files a theme publishes under {@code assets/}: its own files as they are, its Sass compiled
 * with GOV.UK Frontend, and GOV.UK Frontend's script.
 *
 * <p>Each {@code .scss} file whose name does not start with {@code _} becomes a {@code .css} file of
 * the same name; files starting with {@code _} are partials, only imported. One Dart Sass process
 * serves every area of a build, and areas whose themes hold no files of their own share one compiled
 * stylesheet. A stylesheet that would use GOV.UK's licensed font or a font file the site does not
 * publish is an error ({@link ThemeFonts}).
 */
public final class FrontendAssets implements AutoCloseable {

    /** GOV.UK Frontend's components as one classic script: modules do not load from {@code file://}. */
    static final String SCRIPT = "govuk-frontend.js";

    private SassCompiler compiler;
    private byte[] script;
    private final Map<List<String>, Map<String, byte[]>> compiled = new HashMap<>();
    private Consumer<String> sassLog;

    /** Sends what Dart Sass prints (its warnings, formatted with their file and line) to {@code log}. */
    void logTo(Consumer<String> log) {
        sassLog = log;
    }

    /** The published assets of a theme, by path under {@code assets/}. Sass errors are reported, not thrown. */
    public Map<String, byte[]> publish(Theme theme, Problems problems) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Path> stylesheets = new TreeMap<>();
        // two areas whose themes are made of the same files compile to the same CSS, once
        List<String> themeFiles = new ArrayList<>();
        theme.assets(problems).forEach((name, file) -> {
            if (name.endsWith(".scss")) {
                themeFiles.add(file.toString());
                if (!isPartial(name)) {
                    stylesheets.put(name, file);
                }
            } else {
                themeFiles.add(name);
                files.put(name, read(file));
            }
        });
        if (script == null) {
            script = script();
        }
        files.put(SCRIPT, script);
        Set<String> published = Set.copyOf(files.keySet());
        files.putAll(compiled.computeIfAbsent(themeFiles, key -> compile(theme, stylesheets, published, problems)));
        return files;
    }

    private Map<String, byte[]> compile(Theme theme, Map<String, Path> stylesheets, Set<String> published,
            Problems problems) {
        Map<String, byte[]> css = new TreeMap<>();
        if (stylesheets.isEmpty()) {
            return css;
        }
        List<Path> assetFolders = theme.folders().stream().map(folder -> folder.resolve("assets")).toList();
        ThemeImporter importer = new ThemeImporter(assetFolders);
        ThemeFonts fonts = new ThemeFonts(sassFiles(assetFolders));
        SassCompiler sass = compiler();
        sass.registerImporter(importer);
        stylesheets.forEach((name, file) -> InputFiles.readText(file, problems).ifPresent(source -> {
            try {
                StringInput input = StringInput.newBuilder()
                        .setSource(source)
                        .setUrl(ThemeImporter.SCHEME + name)
                        .setImporter(com.sass_lang.embedded_protocol.InboundMessage.CompileRequest.Importer.newBuilder()
                                .setImporterId(importer.getId()))
                        .setSyntax(Syntax.SCSS)
                        .build();
                String output = sass.compileString(input, OutputStyle.COMPRESSED).getCss();
                String cssName = name.substring(0, name.length() - ".scss".length()) + ".css";
                fonts.check(output, cssName, published, file, problems);
                css.put(cssName, output.getBytes(StandardCharsets.UTF_8));
            } catch (SassCompilationFailedException e) {
                problems.add(sassProblem(e.getCompileFailure(), importer, file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compile " + file, e);
            }
        }));
        return css;
    }

    /** Every Sass file of every folder, the most specific folder's first: a layered setting may be in any. */
    private static List<Path> sassFiles(List<Path> assetFolders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : assetFolders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> found = Files.walk(folder)) {
                    found.filter(file -> file.toString().endsWith(".scss")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + folder, e);
                }
            }
        }
        return files;
    }

    /** A Sass error at the theme file and line it is in; an error inside GOV.UK Frontend is reported at the file importing it. */
    private static Problem sassProblem(CompileFailure failure, ThemeImporter importer, Path stylesheet) {
        var span = failure.getSpan();
        Location location = importer.file(span.getUrl())
                .map(file -> new Location(file, span.getStart().getLine() + 1, span.getStart().getColumn() + 1))
                .orElse(Location.of(stylesheet));
        return Problem.error("theme.sass", location, "the stylesheet does not compile: " + failure.getMessage(),
                "fix the Sass; GOV.UK Frontend " + GovukFrontend.VERSION
                        + " is imported as \"govuk-frontend/dist/govuk/...\"");
    }

    private SassCompiler compiler() {
        if (compiler == null) {
            try {
                compiler = SassCompilerFactory.bundled();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start Dart Sass", e);
            }
            // GOV.UK Frontend's own deprecation warnings (its Sass is a dependency: GovukImporter loads
            // it) are not the theme's to fix; the theme's own still show.
            compiler.setQuietDeps(true);
            if (sassLog != null) {
                compiler.setLoggingHandler(event -> sassLog.accept(event.getFormatted()));
            }
            compiler.registerImporter(new GovukImporter());
            // GOV.UK Frontend 5 takes its settings only through @import, so the theme must use it too.
            compiler.addSilenceDeprecation("import");
        }
        return compiler;
    }

    private static boolean isPartial(String name) {
        return name.substring(name.lastIndexOf('/') + 1).startsWith("_");
    }

    /** The script, without its source-map comment: the map is not published, so a browser's tools would ask for a missing file. */
    private static byte[] script() {
        byte[] bundle = GovukFrontend.resource("dist/govuk/all.bundle.js")
                .orElseThrow(() -> new IllegalStateException("GOV.UK Frontend has no dist/govuk/all.bundle.js"));
        String text = new String(bundle, StandardCharsets.UTF_8).replaceAll("(?m)^//# sourceMappingURL=.*$", "");
        return ("/*! GOV.UK Frontend " + GovukFrontend.VERSION + " | MIT licence | (c) Crown copyright */\n" + text)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void close() {
        if (compiler != null) {
            try {
                compiler.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop Dart Sass", e);
            }
        }
    }
}

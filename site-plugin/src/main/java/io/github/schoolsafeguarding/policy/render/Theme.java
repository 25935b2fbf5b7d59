package io.github.schoolsafeguarding.policy.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.html.SourceMarks;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The templates and assets a site is rendered with, found by one lookup order: each name is looked
 * for in the folders in turn and the first that has it wins. For an area the order is the area's own
 * {@code theme/} folder, then the project's theme; so an area replaces any template (or asset) by
 * putting a file of the same name in its own folder, and never needs to copy the rest.
 *
 * <pre>
 * theme/templates/&lt;name&gt;.mustache   layouts and partials (page, section, home, base, header, ...)
 * theme/assets/...                  copied as they are to assets/ in the published area
 * </pre>
 *
 * Values are HTML-escaped by Mustache's {@code {{ }}}; only HTML that the engine made itself (the
 * rendered Markdown) is inserted with {@code {{{ }}}}.
 */
public final class Theme {

    private final List<Path> folders;
    private final DefaultMustacheFactory factory;
    /** What reading the templates found, reported with every render that may have read them. */
    private final Problems unreadable = new Problems();

    /** @param folders theme folders, most specific first */
    public Theme(List<Path> folders) {
        this(folders, false);
    }

    private Theme(List<Path> folders, boolean marked) {
        this.folders = List.copyOf(folders);
        this.factory = new DefaultMustacheFactory(name -> find("templates/" + name)
                .map(file -> {
                    String text = InputFiles.readText(file, unreadable).orElse("");
                    return new StringReader(marked ? SourceMarks.markTemplate(text, file) : text);
                })
                .orElse(null));
    }

    /**
     * A theme whose HTML marks each element with the template file and line that wrote it, so that
     * the HTML checks can name them; {@link SourceMarks#strip} takes the marks out for publishing.
     */
    public static Theme marked(List<Path> folders) {
        return new Theme(folders, true);
    }

    /** The file a template is read from, or where the project's theme would hold it. */
    public Path templateFile(String name) {
        String file = "templates/" + name + ".mustache";
        return find(file).orElse(folders.get(folders.size() - 1).resolve(file));
    }

    /** The folders searched, most specific first. */
    public List<Path> folders() {
        return folders;
    }

    public boolean hasTemplate(String name) {
        return find("templates/" + name + ".mustache").isPresent();
    }

    /**
     * Renders the template {@code name} with {@code data}. A missing or broken template is reported
     * against the theme and gives empty text, so that all problems of a build are seen together.
     */
    public String render(String name, Map<String, ?> data, Problems problems) {
        try {
            Mustache template = factory.compile(name + ".mustache");
            problems.addAll(unreadable.all());
            StringWriter html = new StringWriter();
            template.execute(html, data).flush();
            return html.toString();
        } catch (MustacheNotFoundException e) {
            problems.add(Problem.error("theme.missing-template", Location.of(folders.get(folders.size() - 1)),
                    "the theme has no template '" + e.getName() + "'",
                    "add templates/" + e.getName() + (e.getName().endsWith(".mustache") ? "" : ".mustache")
                            + " to the theme, or choose another layout"));
        } catch (MustacheException e) {
            problems.add(Problem.error("theme.broken-template", Location.of(folders.get(folders.size() - 1)),
                    "template '" + name + "' cannot be used: " + e.getMessage(),
                    "check that every {{#section}} has its {{/section}}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "";
    }

    /**
     * Every asset file by its path under {@code assets/}, each from the first folder that has it; a
     * link or special file is reported instead.
     */
    public Map<String, Path> assets(Problems problems) {
        Map<String, Path> assets = new TreeMap<>();
        for (Path folder : folders) {
            Path root = folder.resolve("assets");
            if (!Files.isDirectory(root)) {
                continue;
            }
            InputFiles.walk(root, problems).stream().filter(Files::isRegularFile).forEach(file ->
                    assets.putIfAbsent(root.relativize(file).toString().replace('\\', '/'), file));
        }
        return assets;
    }

    private Optional<Path> find(String name) {
        // a link is no template: the walk of the theme before the build names it
        return folders.stream().map(folder -> folder.resolve(name))
                .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).findFirst();
    }
}

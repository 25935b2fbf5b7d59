package io.github.schoolsafeguarding.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A small but complete content tree and theme in a temporary folder, for tests to break one piece
 * at a time: two areas ({@code north} and {@code south}), a home page, a section with one page, one
 * national contact and one source. Its pages are valid HTML with their headings in order, as every
 * build checks; a template a test writes must be too, unless it is what the test breaks.
 */
public final class ContentFixture {

    /**
     * The day the fixture's dates are checked for, so that no test changes its answer as the clock
     * moves on: pages were last reviewed on 2026-11-01, contacts confirmed on 2026-11-22.
     */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public final Path root;
    public final Path content;
    public final Path theme;

    public ContentFixture(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.theme = root.resolve("theme");
        write("content/site.yaml", "title: Test guidance\ndescription: Guidance for tests.\n");
        write("content/sources.yaml", """
                test-source:
                  title: The test document
                  publisher: Test Board
                  summary: What tests rely on.
                """);
        write("content/contacts.yaml", """
                contacts:
                  - id: helpline
                    roles: [helpline]
                    organisation: National Helpline
                    phones:
                      - number: "0808 800 5000"
                    source: test-source
                    confirmed: {on: 2026-11-22, by: A test editor, how: Rang the service}
                """);
        area("north", "North Shire", 1);
        area("south", "South Shire", 2);
        page("pages/index.md", "Home", 0, "Welcome to guidance for {{area.name}}.\n\nSee [incidents](incidents/index.md).\n");
        page("pages/incidents/index.md", "Incidents", 10, "What to do.\n");
        page("pages/incidents/call.md", "When to call", 10,
                "## Signs of an emergency\n\nCall 999.\n\n## Advice\n\nCall {{contact.helpline.phone}}.\n\n"
                        + "Back to [the section](index.md), [advice](#advice) or [home](../index.md).\n");
        write("theme/templates/base.mustache", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>{{$title}}{{page.title}} – {{area.name}}{{/title}}</title></head>
                <body>
                {{$main}}{{/main}}
                </body>
                </html>
                """);
        write("theme/templates/page.mustache", "{{<base}}{{$main}}<h1 id=\"top\">{{page.title}}</h1>"
                + "{{#breadcrumbs}}{{#items}}<a href=\"{{url}}\">{{title}}</a>{{/items}}{{/breadcrumbs}}"
                + "{{#nav}}{{#items}}<a href=\"{{url}}\">{{title}}</a>{{/items}}{{/nav}}\n"
                + "{{{page.content}}}\n"
                + "<footer>{{#page.sources}}{{title}}{{/page.sources}} {{page.review_due}}</footer>{{/main}}{{/base}}");
        write("theme/templates/section.mustache", "{{> page}}");
        write("theme/templates/law-status.mustache",
                "<p class=\"law-status\">{{#status}}{{label}}{{/status}} {{checked}}{{#repeal}} by {{by}}{{/repeal}}</p>");
        write("theme/templates/home.mustache", "{{> page}}");
        write("theme/templates/areas.mustache", "{{<base}}{{$title}}Areas{{/title}}{{$main}}<h1>Areas</h1>"
                + "{{#areas}}<a href=\"{{url}}\">{{name}}</a>{{/areas}}{{/main}}{{/base}}");
        write("theme/templates/search.mustache", "{{<base}}{{$title}}Search{{/title}}{{$main}}<h1>Search</h1>"
                + "<form action=\"{{root}}search.html\"></form>{{/main}}{{/base}}");
        write("theme/templates/compliance.mustache", "{{<base}}{{$title}}Compliance{{/title}}{{$main}}<h1>Compliance report</h1>"
                + "{{#report}}{{warnings_count}}{{/report}}{{/main}}{{/base}}");
        write("theme/templates/amendments.mustache", "{{<base}}{{$title}}Amendments{{/title}}{{$main}}<h1>Amendments</h1>"
                + "{{#amendments}}{{#items}}{{date}}{{/items}}{{/amendments}}{{/main}}{{/base}}");
        write("theme/assets/site.css", "body { color: black; }\n");
    }

    public void area(String id, String name, int order) {
        write("content/areas/" + id + "/area.yaml", """
                name: %s
                covers: %s Council
                board: %s Safeguarding Board
                police_force: %s Police
                order: %d
                summary: Schools in %s.
                """.formatted(name, name, name, name, order, name));
    }

    /** Writes a page under {@code content/} with complete front matter (lines 1 to 9). */
    public Path page(String path, String title, int order, String body) {
        return write("content/" + path, """
                ---
                title: %s
                summary: About %s.
                order: %d
                sources: [test-source]
                owner: Test editors
                last_reviewed: 2026-11-01
                review_due: 2027-11-01
                ---
                %s""".formatted(title, title.toLowerCase(), order, body));
    }

    /**
     * Gives a page written by {@link #page} the layout {@code layout}, and the theme a template of
     * that name that lays it out as any other page.
     */
    public void layout(String path, String layout) {
        write("content/" + path, read("content/" + path)
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nlayout: " + layout + "\n"));
        write("theme/templates/" + layout + ".mustache", "{{> page}}");
    }

    public Path write(String path, String text) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from}, and all below it, to {@code to}: a tree for a test to change. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

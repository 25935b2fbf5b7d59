import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a page of N headings, each with a sentence under it, into a copy of the content: the
 * benchmark case for a single very long page, whose build time must grow with its size and no
 * faster. Run with Java 17 or later, no dependencies:
 *
 * <pre>
 * cp -r content OUT/content
 * java src/bench/ManyHeadings.java N OUT/content   # adds OUT/content/pages/many-headings.md
 * </pre>
 */
public class ManyHeadings {

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !Files.isDirectory(Path.of(args[1], "pages"))) {
            System.err.println("usage: java src/bench/ManyHeadings.java N CONTENT_COPY (a copy of the content folder)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        StringBuilder page = new StringBuilder("""
                ---
                title: Many headings
                summary: A generated page with many headings for the build benchmark; it gives no guidance.
                order: 98
                sources: [kcsie]
                owner: Safeguarding guidance editors
                last_reviewed: 2026-12-04
                review_due: 2027-12-04
                navigation: footer
                ---

                This page is generated to time the build of one very long page.
                """);
        for (int i = 1; i <= n; i++) {
            // two levels, so that the contents list and the heading order rule have sections to nest
            page.append(i % 5 == 1 ? "\n## Part " : "\n### Step ").append(i).append("\n\nThis is step ").append(i)
                    .append(" of the long page.\n");
        }
        Files.writeString(out.resolve("pages/many-headings.md"), page, StandardCharsets.UTF_8);
        System.out.println(out.resolve("pages/many-headings.md") + ": " + n + " headings, " + page.length() + " characters");
    }
}

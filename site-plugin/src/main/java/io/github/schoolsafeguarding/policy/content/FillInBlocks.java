package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page left for an area to write: a fenced block {@code ```fill-in} holding what to
 * write there (the new-area scaffold leaves them in an area's home page). Each is an error at its
 * line until it is replaced. They are found in the file's text, fences as CommonMark reads them,
 * rather than when the page is rendered, so that they are listed even while the page's front matter
 * still has blanks of its own and the page cannot be rendered.
 */
public final class FillInBlocks {

    /** The info string that marks a block as a part to fill in. */
    public static final String INFO = "fill-in";

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})\\s*(.*)");

    private FillInBlocks() {}

    static void check(Path file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        String fence = null;
        boolean fillIn = false;
        int opened = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher line = FENCE.matcher(lines[i]);
            if (fence == null) {
                if (line.matches()) {
                    fence = line.group(1);
                    fillIn = line.group(2).strip().equals(INFO);
                    opened = i + 1;
                    body.clear();
                }
            } else if (line.matches() && line.group(1).charAt(0) == fence.charAt(0)
                    && line.group(1).length() >= fence.length() && line.group(2).isBlank()) {
                if (fillIn) {
                    report(file, opened, body, problems);
                }
                fence = null;
            } else if (!lines[i].isBlank()) {
                body.add(lines[i].strip());
            }
        }
        if (fence != null && fillIn) {
            report(file, opened, body, problems);
        }
    }

    private static void report(Path file, int line, List<String> body, Problems problems) {
        problems.add(Problem.error("page.blank", Location.of(file, line),
                "this part of the page is still to be filled in" + (body.isEmpty() ? "" : ": " + String.join(" ", body)),
                "write it in place of the whole ```" + INFO + " block, its fences included"));
    }
}

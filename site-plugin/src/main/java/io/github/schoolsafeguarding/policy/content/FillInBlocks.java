package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    private FillInBlocks() {}

    static void check(Path file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Optional<Fences.Fence> fence = Fences.fence(lines[index]);
            if (fence.isEmpty()) {
                continue;
            }
            int close = Fences.closingFence(lines, index + 1, fence.get().marks());
            if (fence.get().info().equals(INFO)) {
                List<String> body = Arrays.stream(lines, index + 1, close).filter(line -> !line.isBlank())
                        .map(String::strip).toList();
                report(file, index + 1, body, problems);
            }
            index = close;
        }
    }

    private static void report(Path file, int line, List<String> body, Problems problems) {
        problems.add(Problem.error("page.blank", Location.of(file, line),
                "this part of the page is still to be filled in" + (body.isEmpty() ? "" : ": " + String.join(" ", body)),
                "write it in place of the whole ```" + INFO + " block, its fences included"));
    }
}

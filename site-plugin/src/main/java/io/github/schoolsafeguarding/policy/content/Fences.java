package io.github.schoolsafeguarding.policy.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced blocks found in a page's lines of text, as CommonMark fences them, for the checks that read
 * a page before it is rendered (area passages, parts left to fill in).
 */
final class Fences {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*?)\\s*$");

    /** A fence line: its marks ({@code ```} or longer, or tildes) and its info string, perhaps empty. */
    record Fence(String marks, String info) {}

    private Fences() {}

    static Optional<Fence> fence(String line) {
        Matcher fence = FENCE.matcher(line);
        return fence.matches() ? Optional.of(new Fence(fence.group(1), fence.group(2))) : Optional.empty();
    }

    /**
     * The line that closes a fence of {@code marks} opened before line {@code from}: a fence of the
     * same character at least as long, with no info string. Fences with an info string inside open
     * blocks of their own, which close first. {@code lines.length} where none closes it.
     */
    static int closingFence(String[] lines, int from, String marks) {
        for (int index = from; index < lines.length; index++) {
            Optional<Fence> inner = fence(lines[index]);
            if (inner.isEmpty()) {
                continue;
            }
            String innerMarks = inner.get().marks();
            if (inner.get().info().isEmpty()) {
                if (innerMarks.charAt(0) == marks.charAt(0) && innerMarks.length() >= marks.length()) {
                    return index;
                }
            } else {
                index = closingFence(lines, index + 1, innerMarks);
            }
        }
        return lines.length;
    }
}

package io.github.schoolsafeguarding.policy.check;

import java.nio.file.Path;

/**
 * A place in a content file that a problem points at. Lines and columns count from 1; a column of
 * 0 means "the whole line", a line of 0 "the whole file".
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public static Location of(Path file, int line) {
        return new Location(file, line, 0);
    }

    /** The same file, {@code lines} lines further down: for text embedded at an offset. */
    public Location down(int lines) {
        return new Location(file, line + lines, column);
    }

    /** {@code path:line:column}, with the path relative to {@code base} where it lies below it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null && file.isAbsolute() && file.startsWith(base.toAbsolutePath())) {
            shown = base.toAbsolutePath().relativize(file);
        }
        StringBuilder text = new StringBuilder(shown.toString().replace('\\', '/'));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }
}

package io.github.schoolsafeguarding.policy.content;

import java.nio.file.Path;

/**
 * A Markdown page as written.
 *
 * @param path where it sits in the site, with forward slashes ({@code incidents/index.md}); the
 *     same path in an area's {@code pages/} folder replaces the shared page
 * @param file the file it was read from, for error messages
 * @param body the Markdown after the front matter
 * @param bodyLine the line of {@code file} on which {@code body} starts
 */
public record Page(String path, Path file, PageMeta meta, String body, int bodyLine) {

    /** The page as area {@code areaId} publishes it: its own area passages and no other area's. */
    public Page forArea(String areaId) {
        return withBody(AreaPassages.of(body).forArea(areaId));
    }

    /** The page with the text of every area passage in place, for checks of what it says in any area. */
    public Page withEveryPassage() {
        return withBody(AreaPassages.of(body).everyPassage());
    }

    private Page withBody(String shown) {
        // the same page when no passage changed it, so that what was kept under it is found at once
        return shown == body ? this : new Page(path, file, meta, shown, bodyLine);
    }

    public boolean isIndex() {
        return path.equals("index.md") || path.endsWith("/index.md");
    }
}

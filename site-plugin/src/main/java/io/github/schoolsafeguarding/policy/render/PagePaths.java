package io.github.schoolsafeguarding.policy.render;

import java.util.Optional;

/**
 * The site's address scheme. A page at {@code incidents/call-999-or-101.md} is published as
 * {@code incidents/call-999-or-101.html}; a section's {@code index.md} as {@code index.html}. Links
 * are always relative and always name the {@code .html} file, so that the site works from
 * {@code file://}, from a shared drive and from any sub-path of any web server.
 */
public final class PagePaths {

    private PagePaths() {}

    /** The published file of a page: {@code a/b.md} becomes {@code a/b.html}. */
    public static String htmlFile(String pagePath) {
        return pagePath.substring(0, pagePath.length() - ".md".length()) + ".html";
    }

    /** How many folders deep a page sits: 0 for {@code index.md}, 1 for {@code incidents/index.md}. */
    public static int depth(String pagePath) {
        return (int) pagePath.chars().filter(c -> c == '/').count();
    }

    /** The prefix that leads from a page back to the area's root: {@code ""}, {@code "../"}, … */
    public static String toRoot(String pagePath) {
        return "../".repeat(depth(pagePath));
    }

    /** The relative address of {@code toFile} (a published file) as seen from the page {@code fromPage}. */
    public static String relative(String fromPage, String toFile) {
        return toRoot(fromPage) + toFile;
    }

    /**
     * The index page of the section that holds a page: {@code incidents/index.md} for
     * {@code incidents/call.md}, {@code index.md} for {@code incidents/index.md}; empty for the home
     * page.
     */
    public static Optional<String> parent(String pagePath) {
        if (pagePath.equals("index.md")) {
            return Optional.empty();
        }
        String folder = folder(pagePath);
        if (pagePath.endsWith("/index.md")) {
            folder = folder(folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1));
        }
        return Optional.of(folder + "index.md");
    }

    /** The folder part of a path, with its trailing slash: {@code "incidents/"}, or {@code ""}. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /**
     * Resolves a link written in a page to the path of the page it names, the way a browser
     * resolves a relative address; a link starting with {@code /} is taken from the area's root.
     * Empty when the link climbs above the root.
     */
    public static Optional<String> resolve(String fromPage, String link) {
        String joined = link.startsWith("/") ? link.substring(1) : folder(fromPage) + link;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}

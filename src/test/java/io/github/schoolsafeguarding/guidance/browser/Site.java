package io.github.schoolsafeguarding.guidance.browser;

import io.github.schoolsafeguarding.guidance.PublishedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real site, published into a temporary folder the way {@code mvn site} publishes it, to be
 * opened from {@code file://} URLs.
 */
public final class Site implements AutoCloseable {

    private final Path folder;
    private final Path root;
    private final List<String> areas;

    private Site(Path folder, Path root, List<String> areas) {
        this.folder = folder;
        this.root = root;
        this.areas = areas;
    }

    static Site publish() {
        Path folder = Folders.temporary("published-site");
        Path root = folder.resolve("site");
        return new Site(folder, root, PublishedSite.publish(root).areas());
    }

    /** The folder holding the area picker ({@code index.html}) and one folder per area. */
    public Path root() {
        return root;
    }

    /** The ids of the areas published, which are also their folders' names. */
    public List<String> areas() {
        return areas;
    }

    /** A published file by its path below the site's root, such as {@code <area>/contacts.html}. */
    public Path page(String path) {
        Path page = root.resolve(path);
        if (!Files.isRegularFile(page)) {
            throw new IllegalArgumentException("the site has no page " + path);
        }
        return page;
    }

    /** Every page of one area. */
    public List<Path> pages(String area) {
        return PublishedSite.htmlFiles(root.resolve(area));
    }

    /**
     * The first page of an area, in path order, whose HTML holds a mark (a class or attribute the
     * theme gives a kind of block), so tests find a page showing that block without naming one.
     */
    public Path firstPageWith(String area, String mark) {
        return pages(area).stream().filter(page -> read(page).contains(mark)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no page of " + area + " holds " + mark));
    }

    /** A published page's HTML. */
    public static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page of the site: the area picker, then every area's. */
    public List<Path> pages() {
        return PublishedSite.htmlFiles(root);
    }

    /**
     * Whether a request the browser made stays within the site: a file of the site's own, or data
     * the page carries itself ({@code data:}, {@code about:}).
     */
    public boolean holds(String url) {
        if (url.startsWith("data:") || url.startsWith("about:")) {
            return true;
        }
        java.net.URI address = java.net.URI.create(url);
        if (!"file".equals(address.getScheme())) {
            return false;
        }
        Path file = Path.of(address.getPath()).normalize();
        return file.startsWith(root) && Files.isRegularFile(file);
    }

    /** A page's path below the site's root, as reports name it. */
    public String name(Path page) {
        return root.relativize(page).toString();
    }

    @Override
    public void close() {
        Folders.delete(folder);
    }
}

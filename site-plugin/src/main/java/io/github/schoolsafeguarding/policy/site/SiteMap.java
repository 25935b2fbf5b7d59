package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of one area as a tree: every folder is a section whose {@code index.md} is its page,
 * and a page's place comes from its folder and its {@code order}. Navigation, breadcrumbs and
 * section listings are all read from here, so none of them is ever kept by hand.
 */
final class SiteMap {

    private static final Comparator<Page> READING_ORDER =
            Comparator.comparingInt((Page page) -> page.meta().order()).thenComparing(page -> page.meta().title());

    /** The home page; the content reader reports an area without one. */
    static final String HOME = "index.md";

    private final Map<String, Page> pages;

    SiteMap(Map<String, Page> pages) {
        this.pages = pages;
    }

    /** Reports pages whose folder has no index page: they would be unreachable from navigation. */
    void checkSections(Set<String> unreadable, Problems problems) {
        for (Page page : pages.values()) {
            PagePaths.parent(page.path())
                    .filter(parent -> !pages.containsKey(parent) && !unreadable.contains(parent))
                    .filter(parent -> !parent.equals(HOME))
                    .ifPresent(parent ->
                    problems.add(Problem.error("page.no-section-index", Location.of(page.file()),
                            "the folder of this page has no " + parent,
                            "add " + parent + " with a short introduction to the section")));
        }
    }

    Optional<Page> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** The pages directly inside a section, in reading order. */
    List<Page> children(String sectionPath) {
        return pages.values().stream()
                .filter(page -> !page.path().equals(sectionPath))
                .filter(page -> PagePaths.parent(page.path()).filter(sectionPath::equals).isPresent())
                .sorted(READING_ORDER)
                .toList();
    }

    /** The sections above a page, from the home page down, not including the page itself. */
    List<Page> ancestors(String path) {
        List<Page> ancestors = new ArrayList<>();
        Optional<String> parent = PagePaths.parent(path);
        while (parent.isPresent()) {
            page(parent.get()).ifPresent(page -> ancestors.add(0, page));
            parent = PagePaths.parent(parent.get());
        }
        return ancestors;
    }

    /** Whether {@code path} is the page {@code section} or lies inside that section. */
    static boolean within(String path, String section) {
        return path.equals(section)
                || section.endsWith("/index.md") && path.startsWith(PagePaths.folder(section));
    }

    /**
     * Whether a page offers 'Exit this page': as its own front matter says, or else as the nearest
     * section above it says, so that a section about abuse covers every page put in it later.
     */
    boolean showsExitThisPage(String path) {
        Optional<Boolean> own = page(path).flatMap(page -> page.meta().exitThisPage());
        if (own.isPresent()) {
            return own.get();
        }
        List<Page> above = ancestors(path);
        for (int i = above.size() - 1; i >= 0; i--) {
            Optional<Boolean> setting = above.get(i).meta().exitThisPage();
            if (setting.isPresent()) {
                return setting.get();
            }
        }
        return false;
    }

    /** The section a page belongs to for side navigation: itself when it is a section's index page. */
    Optional<Page> section(String path) {
        return page(path).filter(Page::isIndex).or(() -> PagePaths.parent(path).flatMap(this::page))
                .filter(section -> !section.path().equals(HOME));
    }

    Iterable<Page> all() {
        return pages.values();
    }
}

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    /**
     * The pages directly inside each section, in reading order, and each page's place in its list:
     * worked out once, so that the navigation of every page reads them instead of scanning every
     * page, which made a build's time grow with the square of a section's size.
     */
    private final Map<String, List<Page>> children = new HashMap<>();
    private final Map<String, Integer> places = new HashMap<>();

    SiteMap(Map<String, Page> pages) {
        this.pages = pages;
        Map<String, List<Page>> unsorted = new HashMap<>();
        pages.values().forEach(page -> PagePaths.parent(page.path())
                .ifPresent(parent -> unsorted.computeIfAbsent(parent, key -> new ArrayList<>()).add(page)));
        unsorted.forEach((section, inside) -> {
            List<Page> sorted = inside.stream().sorted(READING_ORDER).toList();
            children.put(section, sorted);
            for (int i = 0; i < sorted.size(); i++) {
                places.put(sorted.get(i).path(), i);
            }
        });
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
        return children.getOrDefault(sectionPath, List.of());
    }

    /** Where a page stands among the pages of its section, from 0; empty for the home page. */
    OptionalInt place(String path) {
        Integer place = places.get(path);
        return place == null ? OptionalInt.empty() : OptionalInt.of(place);
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

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list too long for one page, cut into pages of at most {@code size} items: the first published
 * where the list always was ({@code compliance.html}), the others next to it ({@code
 * compliance-2.html}, ...), each linked to the others by GOV.UK's pagination component. So no
 * published page grows with the number of pages of the guidance. Documented in theme/README.md.
 */
final class Pagination {

    private final String path;
    private final int items;
    private final int size;

    /**
     * @param path where the first page is published, as if it were a page ({@code bench/index.md})
     * @param items how many items the list holds
     * @param size the most items one page shows
     */
    Pagination(String path, int items, int size) {
        this.path = path;
        this.items = items;
        this.size = size;
    }

    /** How many pages the list takes: 1 for a list that fits on one, or for an empty one. */
    int pages() {
        return Math.max(1, items / size + (items % size == 0 ? 0 : 1));
    }

    boolean isPaged() {
        return pages() > 1;
    }

    /** The items of page {@code number} (from 1). */
    <T> List<T> slice(List<T> list, int number) {
        long from = (long) (number - 1) * size;
        return list.subList((int) Math.min(list.size(), from), (int) Math.min(list.size(), from + size));
    }

    /** The page (from 1) that shows the item at {@code index} (from 0). */
    int pageOf(int index) {
        return index / size + 1;
    }

    /** Where page {@code number} is published, as if it were a page: the first at the list's own path. */
    String path(int number) {
        return number == 1 ? path : path.substring(0, path.length() - ".md".length()) + "-" + number + ".md";
    }

    /** What a paged page adds to its title, so that a reader (and a screen reader) knows which page it is. */
    String titleSuffix(int number) {
        return " (page " + number + " of " + pages() + ")";
    }

    /**
     * The {@code pagination} partial's data for page {@code number}: {@code label} (the navigation's
     * name), {@code previous} and {@code next} ({@code url}; absent on the first and the last page),
     * and {@code items}: the first and last pages, the current one and its neighbours, each with
     * {@code number}, {@code url}, {@code current}, and {@code ellipsis} for a gap between them. So
     * the links stay a handful however long the list. Null when the list fits on one page.
     */
    Map<String, Object> data(int number, String label) {
        if (!isPaged()) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("label", label);
        if (number > 1) {
            data.put("previous", Map.of("url", file(number - 1)));
        }
        if (number < pages()) {
            data.put("next", Map.of("url", file(number + 1)));
        }
        List<Map<String, Object>> shown = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= pages(); page++) {
            if (page == 1 || page == pages() || Math.abs(page - number) <= 1) {
                if (page > last + 1) {
                    shown.add(Map.of("ellipsis", true, "current", false));
                }
                shown.add(Map.of("number", page, "url", file(page), "current", page == number, "ellipsis", false));
                last = page;
            }
        }
        data.put("items", shown);
        return data;
    }

    /** A page's address as seen from another page of the same list: they share a folder. */
    private String file(int number) {
        String file = PagePaths.htmlFile(path(number));
        return file.substring(file.lastIndexOf('/') + 1);
    }
}

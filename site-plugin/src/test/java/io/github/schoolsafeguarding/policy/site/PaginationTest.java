package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 1_000).boxed().toList();

    @Test
    void aListThatFitsOnOnePageIsNotPaged() {
        Pagination list = new Pagination("big/index.md", 50, 50);

        assertEquals(1, list.pages());
        assertNull(list.data(1, "Pages"));
        assertEquals("big/index.md", list.path(1));
        assertEquals(1, new Pagination("big/index.md", 0, 50).pages(), "an empty list is one page");
    }

    @Test
    void everyItemIsOnExactlyOnePageInOrder() {
        Pagination list = new Pagination("big/index.md", ITEMS.size(), 30);

        List<Integer> seen = new ArrayList<>();
        for (int number = 1; number <= list.pages(); number++) {
            List<Integer> slice = list.slice(ITEMS, number);
            assertTrue(slice.size() <= 30);
            int page = number;
            slice.forEach(item -> assertEquals(page, list.pageOf(item), "the page said to hold item " + item));
            seen.addAll(slice);
        }
        assertEquals(ITEMS, seen);
        assertEquals(34, list.pages());
        assertEquals("big/index-2.md", list.path(2));
        assertEquals("big/index-34.md", list.path(34));
    }

    @Test
    void eachPageLinksAHandfulOfPagesWhateverTheLengthAndNextLeadsThroughThemAll() {
        Pagination list = new Pagination("compliance.md", ITEMS.size(), 10);
        List<String> visited = new ArrayList<>(List.of("compliance.html"));
        int number = 1;
        while (true) {
            Map<String, Object> data = list.data(number, "Pages of the table");
            List<Map<String, Object>> items = items(data);
            assertTrue(items.size() <= 7, "first, last, the current page and its neighbours, two gaps: " + items);
            List<Map<String, Object>> current = items.stream().filter(item -> (boolean) item.get("current")).toList();
            assertEquals(List.of(number), current.stream().map(item -> item.get("number")).toList());
            assertEquals(1, items.get(0).get("number"));
            assertEquals(list.pages(), items.get(items.size() - 1).get("number"));
            assertEquals(number > 1, data.containsKey("previous"));
            if (!data.containsKey("next")) {
                break;
            }
            String next = (String) ((Map<?, ?>) data.get("next")).get("url");
            visited.add(next);
            number++;
            assertEquals(next, "compliance-" + number + ".html");
        }
        assertEquals(100, visited.size());
        assertFalse(items(list.data(50, "x")).stream().anyMatch(item -> item.get("url") != null
                && ((String) item.get("url")).contains("/")), "pages of a list share a folder");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> data) {
        return (List<Map<String, Object>>) data.get("items");
    }
}

package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.handbook.CachedHandbook;
import io.github.schoolsafeguarding.policy.handbook.Chapter;
import io.github.schoolsafeguarding.policy.handbook.HandbookCover;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Handbooks laid out beside the build, from the pages their areas had when they were started. */
class HandbooksTest {

    private static final HandbookCover COVER = new HandbookCover("Safeguarding guidance", "Testshire",
            "Testshire Safeguarding Children Partnership", LocalDate.of(2026, 12, 4));
    private static final List<Chapter> CHAPTERS = List.of(new Chapter("index.html", "Home", 1, false));

    @Test
    void eachHandbookIsLaidOutFromThePagesItsAreaHadWhenItWasStarted() {
        Map<String, byte[]> pages = new TreeMap<>(Map.of("index.html", page("Call the DSL first"),
                "accessibility.html", page("Not in the handbook")));
        byte[] expected = new CachedHandbook(COVER, CHAPTERS).render(Map.copyOf(pages), Optional.empty());
        try (Handbooks handbooks = new Handbooks(Optional.empty())) {
            handbooks.start("testshire", new CachedHandbook(COVER, CHAPTERS), pages);
            // the area goes on rendering into the same map while its handbook is laid out
            pages.put("index.html", page("Written after the handbook was started"));
            Map<String, byte[]> files = handbooks.files();
            assertEquals(Set.of("testshire/" + SitePublisher.HANDBOOK), files.keySet());
            assertArrayEquals(expected, files.get("testshire/" + SitePublisher.HANDBOOK));
        }
    }

    @Test
    void aBuildThatPublishesNothingLaysOutNoHandbook() {
        try (Handbooks handbooks = Handbooks.notMade()) {
            handbooks.start("testshire", new CachedHandbook(COVER, CHAPTERS), Map.of("index.html", page("Home")));
            assertEquals(Map.of(), handbooks.files());
        }
    }

    @Test
    void aHandbookThatCannotBeLaidOutGivesItsOwnFailure() {
        try (Handbooks handbooks = new Handbooks(Optional.empty())) {
            handbooks.start("testshire", new CachedHandbook(COVER, List.of(new Chapter("gone.html", "Gone", 1, false))),
                    Map.of("index.html", page("Home")));
            IllegalStateException failure = assertThrows(IllegalStateException.class, handbooks::files);
            assertTrue(failure.getMessage().contains("gone.html, which the site does not publish"),
                    failure::getMessage);
        }
    }

    private static byte[] page(String text) {
        return ("<!DOCTYPE html><html lang=\"en-GB\"><head><title>" + text + "</title></head><body><main><h1>" + text
                + "</h1><p>" + text + ".</p></main></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}

package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guidance says 'must' only where a law or a mandatory procedure does, and says where. */
class WordingOfTheGuidanceTest {

    @Test
    void everyMustCitesItsDuty() {
        List<String> wording = PublishedSite.publisher().check().stream()
                .filter(problem -> problem.id().startsWith("wording."))
                .map(problem -> problem.format(Path.of("")))
                .toList();

        assertEquals(List.of(), wording);
    }

    @Test
    void everyDeclaredDutyComesFromOneOfItsPagesSources() {
        Content content = ContentReader.read(PublishedSite.CONTENT, new Problems());
        List<Page> pages = new ArrayList<>(content.sharedPages().values());
        content.areaPages().values().forEach(areaPages -> pages.addAll(areaPages.values()));

        List<String> strays = pages.stream()
                .flatMap(page -> page.meta().duties().stream()
                        .filter(duty -> !page.meta().sources().contains(duty.source()))
                        .map(duty -> duty.location().format(Path.of("").toAbsolutePath()) + ": " + duty.source()))
                .toList();

        assertEquals(List.of(), strays, "a duty's source is one the page says it is written from");
    }
}

package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content in this repository publishes cleanly, for every area, the same way every time. */
class RealContentTest {

    @TempDir
    Path folder;

    @Test
    void theContentHasNoProblemsAtAll() {
        List<Problem> problems = PublishedSite.publisher().check();

        assertEquals(List.of(), problems.stream().map(problem -> problem.format(Path.of(""))).toList());
    }

    @Test
    void everyAreaIsPublishedWithItsHomeSourcesAndGuidance() {
        SitePublisher.Publication site = PublishedSite.publish(folder.resolve("site"));

        assertEquals(List.of("bedfordshire", "london", "north-somerset"), site.areas());
        assertTrue(Files.isRegularFile(folder.resolve("site/index.html")));
        for (String area : site.areas()) {
            for (String page : List.of("index.html", "sources.html", "incidents/call-999-or-101.html")) {
                assertTrue(Files.isRegularFile(folder.resolve("site").resolve(area).resolve(page)), area + "/" + page);
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        PublishedSite.publish(first);
        PublishedSite.publish(second);

        List<Path> files = PublishedSite.htmlFiles(first);
        assertEquals(files.stream().map(first::relativize).toList(),
                PublishedSite.htmlFiles(second).stream().map(second::relativize).toList());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))),
                    first.relativize(file).toString());
        }
    }

    /** The text of a page's own content, without the theme's furniture or its list of sources. */
    static String prose(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").select("main .app-prose").text();
    }

    @Test
    void eachAreaShowsItsOwnNameBoardAndContacts() throws IOException {
        Path site = folder.resolve("site");
        PublishedSite.publish(site);

        String bedfordshire = prose(site.resolve("bedfordshire/index.html"));
        String london = prose(site.resolve("london/index.html"));
        String northSomerset = prose(site.resolve("north-somerset/index.html"));
        assertTrue(bedfordshire.contains("Multi-Agency Safeguarding Hub (MASH) (Bedford Borough Council): 01234 718700"),
                bedfordshire);
        assertTrue(bedfordshire.contains("Out of hours: Emergency Duty Team (Children's social care (Bedford Borough,"
                + " Central Bedfordshire and Luton)): 0300 300 4200"), bedfordshire);
        assertTrue(london.contains("Your Safer Schools Officer is your first police contact"), london);
        assertTrue(london.contains("Out of hours: Children's social care out of hours"), london);
        assertTrue(northSomerset.contains("Single Point of Access (SPA), Children and Young People's Services"
                + " (North Somerset Council): 01275 888808"), northSomerset);
        assertTrue(northSomerset.contains("Out of hours: Emergency Duty Team (North Somerset Council): 01454 615165"),
                northSomerset);
        assertTrue(!london.contains("Bedfordshire"), "London's guidance names no Bedfordshire service: " + london);
    }
}

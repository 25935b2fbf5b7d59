package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Every area in content/areas/ is published, with every page it has, shared or its own. */
    @Test
    void everyAreaIsPublishedWithEveryPage() {
        SitePublisher.Publication site = PublishedSite.publish(folder.resolve("site"));
        Content content = PublishedSite.content();

        assertEquals(content.areas().stream().map(Area::id).sorted().toList(), site.areas().stream().sorted().toList());
        assertTrue(Files.isRegularFile(folder.resolve("site/index.html")));
        for (Area area : content.areas()) {
            for (String page : content.pagesFor(area).keySet()) {
                String published = area.id() + "/" + PagePaths.htmlFile(page);
                assertTrue(Files.isRegularFile(folder.resolve("site").resolve(published)), published);
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

    private static final Pattern CONTACTS_BLOCK = Pattern.compile("(?m)^```contacts\\s+(\\S+)");

    /**
     * Each area's home page shows, for each role its contacts blocks name, every contact of the area
     * with that role, with its numbers, and names no other area.
     */
    @Test
    void eachAreaShowsItsOwnContactsAndNoOtherArea() throws IOException {
        Path site = folder.resolve("site");
        PublishedSite.publish(site);
        Content content = PublishedSite.content();

        for (Area area : content.areas()) {
            Page home = content.pagesFor(area).get("index.md");
            String prose = prose(site.resolve(area.id()).resolve("index.html"));
            Matcher block = CONTACTS_BLOCK.matcher(home.body());
            while (block.find()) {
                String role = block.group(1);
                for (Contact contact : area.contacts()) {
                    if (contact.roles().contains(role)) {
                        assertTrue(prose.contains(contact.service().orElse(contact.organisation())),
                                area.id() + " home page lacks " + contact.id() + ": " + prose);
                        contact.phones().forEach(phone -> assertTrue(prose.contains(phone.number()),
                                area.id() + " home page lacks " + phone.number() + ": " + prose));
                    }
                }
            }
            for (Area other : content.areas()) {
                if (!other.equals(area)) {
                    assertFalse(prose.contains(other.name()), area.id() + "'s home page names " + other.name());
                }
            }
        }
    }
}

package io.github.schoolsafeguarding.guidance;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/** The real content published once for a test class, the way `mvn site` publishes it. */
public final class PublishedSite {

    static final Path CONTENT = Path.of("content");
    static final Path THEME = Path.of("theme");

    /**
     * The tests' fixed day: the day they check the dates for, so that approved pages stay approved as
     * the clock moves on. The build itself, `mvn site`, checks them for the day it runs. It is set in
     * the root pom.xml, not here, so that a partnership whose contacts were confirmed after it moves it
     * on without editing Java.
     */
    static final LocalDate TODAY = fixedDay();

    private static final String FIXED_DAY_PROPERTY = "guidance.tests.day";

    /** How every message about a date after {@link #TODAY} names it, with where to move it on. */
    static final String TODAY_NAME = "the tests' fixed day (" + FIXED_DAY_PROPERTY + " in pom.xml)";

    private PublishedSite() {}

    private static LocalDate fixedDay() {
        String day = System.getProperty(FIXED_DAY_PROPERTY, "");
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the tests' fixed day is '" + day + "': the root pom.xml sets it as <"
                    + FIXED_DAY_PROPERTY + ">YYYY-MM-DD</" + FIXED_DAY_PROPERTY + ">, and Maven passes it to the"
                    + " tests; run them with Maven, or pass -D" + FIXED_DAY_PROPERTY + "=YYYY-MM-DD", e);
        }
    }

    /** Strict, as the project's own build is: a warning fails the tests as it fails the build. */
    static SitePublisher publisher() {
        return builder().content(CONTENT).theme(THEME).build();
    }

    /** A publisher that checks as the tests do, still to be told its content and theme (a copy, say). */
    public static SitePublisher.Builder builder() {
        return SitePublisher.builder().fixedDay(TODAY, TODAY_NAME).strict(true);
    }

    public static SitePublisher.Publication publish(Path output) {
        return publish(publisher(), output);
    }

    /** The site as it is published on the tests' fixed day, not strict: the reports show what strict would refuse. */
    static SitePublisher.Publication publishLeniently(Path output) {
        return publish(SitePublisher.builder().content(CONTENT).theme(THEME).fixedDay(TODAY, TODAY_NAME).build(), output);
    }

    private static SitePublisher.Publication publish(SitePublisher publisher, Path output) {
        try {
            return publisher.publish(output);
        } catch (ContentException e) {
            throw new AssertionError("the real content does not build: " + e.problems(), e);
        }
    }

    /**
     * A page the engine writes about the guidance, with no Markdown of its own: an area's search page,
     * compliance report or amendments. It gives no advice, so it cites no source and has no review
     * dates, and the search leaves it out.
     */
    static boolean isGeneratedPage(Path site, Path file) {
        return site.relativize(file).toString().matches("[^/]+/(search|compliance|amendments)\\.html");
    }

    /** The real content as the engine reads it, for tests that pick pages, areas and contacts from it. */
    public static Content content() {
        Problems problems = new Problems();
        Content content = ContentReader.read(CONTENT, problems);
        if (!problems.all().isEmpty()) {
            throw new AssertionError("the real content does not read cleanly: " + problems.all());
        }
        return content;
    }

    /** Copies the real content and theme into {@code folder}, as its content/ and theme/, for a test to change. */
    public static void copyContentAndTheme(Path folder) throws IOException {
        for (Path source : List.of(CONTENT, THEME)) {
            Path copy = folder.resolve(source.getFileName().toString());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    public static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

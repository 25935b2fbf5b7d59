package io.github.schoolsafeguarding.guidance;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The real content published once for a test class, the way `mvn site` publishes it. */
public final class PublishedSite {

    static final Path CONTENT = Path.of("content");
    static final Path THEME = Path.of("theme");

    /**
     * The day the tests check the dates for, so that approved pages stay approved as the clock moves
     * on. The build itself, `mvn site`, checks them for the day it runs.
     */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private PublishedSite() {}

    /** Strict, as the project's own build is: a warning fails the tests as it fails the build. */
    static SitePublisher publisher() {
        return SitePublisher.builder().content(CONTENT).theme(THEME).today(TODAY).strict(true).build();
    }

    public static SitePublisher.Publication publish(Path output) {
        return publish(publisher(), output);
    }

    /** The site as it is published on {@code today}, as `mvn site -Dpolicy.today=…` publishes it. */
    static SitePublisher.Publication publish(Path output, LocalDate today) {
        return publish(SitePublisher.builder().content(CONTENT).theme(THEME).today(today).build(), output);
    }

    private static SitePublisher.Publication publish(SitePublisher publisher, Path output) {
        try {
            return publisher.publish(output);
        } catch (ContentException e) {
            throw new AssertionError("the real content does not build: " + e.problems(), e);
        }
    }

    /** A copy of the real content in {@code folder}, for a test to change: returns the copy's content folder. */
    static Path copyOfContent(Path folder) throws IOException {
        Path content = folder.resolve("content");
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path source : files.toList()) {
                Path target = content.resolve(CONTENT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return content;
    }

    /**
     * A page the engine writes about the guidance, with no Markdown of its own: an area's search page,
     * compliance report or amendments. It gives no advice, so it cites no source and has no review
     * dates, and the search leaves it out.
     */
    static boolean isGeneratedPage(Path site, Path file) {
        return site.relativize(file).toString().matches("[^/]+/(search|compliance|amendments)\\.html");
    }

    public static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

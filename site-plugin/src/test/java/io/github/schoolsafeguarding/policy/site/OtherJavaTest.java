package io.github.schoolsafeguarding.policy.site;

import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.assertSameFiles;
import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real content publishes the same bytes on every other Java installed beside this one (on this
 * machine, Java 17 runs the tests and Temurin 25 is beside it), and with the JVM settings the README
 * suggests: a maintainer's newer Java or settings must not change a published page, a search index
 * or a handbook.
 */
class OtherJavaTest {

    @TempDir
    static Path folder;

    /** The real content as this JVM publishes it, once for every other build to compare with. */
    @BeforeAll
    static void publishHere() throws Exception {
        CachedBuildTest.realContent(BuildCache.none()).publish(folder.resolve("here"));
    }

    @Test
    void theRealContentPublishesTheSameBytesOnEveryOtherJavaInstalled() throws Exception {
        List<Path> others = otherJavas();
        Assumptions.assumeFalse(others.isEmpty(), "no other Java is installed beside " + System.getProperty("java.home"));
        for (Path javaHome : others) {
            assertSameSite(javaHome, List.of(), javaHome.getFileName().toString());
        }
    }

    /**
     * The JVM settings every {@code mvn site} in the repository runs with, from its
     * {@code .mvn/jvm.config}: among them the JIT's quick compiler alone, which halves the CPU a build
     * takes and needs deeper stacks, which the HTML checker's threads are given, and the parallel
     * garbage collector. The tests run with the JVM's defaults, so this compares the two.
     */
    @Test
    void theRealContentPublishesTheSameBytesWithTheRepositorysJvmSettings() throws Exception {
        List<String> settings = Files.readAllLines(JVM_CONFIG).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Assumptions.assumeTrue(settings.stream().anyMatch(setting -> setting.startsWith("-XX:")),
                () -> JVM_CONFIG + " sets nothing of the JVM's own");
        assertSameSite(Path.of(System.getProperty("java.home")), settings, "jvm.config");
    }

    private static final Path JVM_CONFIG = Path.of("../.mvn/jvm.config");

    private void assertSameSite(Path javaHome, List<String> options, String name) throws Exception {
        Path output = folder.resolve(name);
        Path log = folder.resolve(name + ".log");
        Process build = PublishInAnotherJvm.start(javaHome, options, CachedBuildTest.REAL_CONTENT,
                CachedBuildTest.REAL_THEME, output, CachedBuildTest.TESTS_DAY, CachedBuildTest.TESTS_DAY_NAME, log);
        if (!build.waitFor(5, TimeUnit.MINUTES)) {
            build.destroyForcibly();
        }
        assertEquals(0, build.exitValue(), () -> javaHome + " " + options + " failed to publish:\n" + read(log));
        assertSameFiles(snapshot(folder.resolve("here")), snapshot(output));
    }

    /** The Java installations in the folder that holds this one, but for this one and those that are not a Java 17 or later. */
    private static List<Path> otherJavas() throws IOException {
        Path here = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(here.getParent())) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(home.resolve("release")))
                    .filter(home -> !realPath(home).equals(here) && featureVersion(home) >= 17
                            && featureVersion(home) != Runtime.version().feature())
                    .sorted().toList();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The Java version a home's {@code release} file states, 0 when it states none. */
    private static int featureVersion(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION=")).findFirst()
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0]).map(Integer::parseInt).orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

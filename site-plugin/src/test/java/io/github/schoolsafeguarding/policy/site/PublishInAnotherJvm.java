package io.github.schoolsafeguarding.policy.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Publishes a site in a JVM of its own: one to kill, or one of another Java version. */
public final class PublishInAnotherJvm {

    private PublishInAnotherJvm() {}

    /** Arguments: content, theme, output, the day to check for, and what messages call that day. */
    public static void main(String[] args) throws Exception {
        SitePublisher.builder().content(Path.of(args[0])).theme(Path.of(args[1]))
                .fixedDay(LocalDate.parse(args[3]), args[4]).build().publish(Path.of(args[2]));
    }

    /**
     * Starts the build with the Java in {@code javaHome} and its {@code options}, on this test run's
     * class path, its output to {@code log}.
     */
    static Process start(Path javaHome, List<String> options, Path content, Path theme, Path output, LocalDate day,
            String dayName, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PublishInAnotherJvm.class.getName(),
                content.toString(), theme.toString(), output.toString(), day.toString(), dayName));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}

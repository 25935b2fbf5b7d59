package io.github.schoolsafeguarding.policy.serve;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the last build went, as the open pages ask for it: a number that goes up with every build
 * (a page reloads when it changes) and, after a failed build, the problems to show over the last
 * good page. One build at a time writes it while the server's threads read it.
 */
final class BuildStatus {

    private record Outcome(int number, boolean ok, String summary, List<Problem> problems) {}

    private final Path base;
    private volatile Outcome last = new Outcome(0, true, "", List.of());

    /** {@code base}: problems' paths are shown relative to it, as the build log shows them. */
    BuildStatus(Path base) {
        this.base = base;
    }

    void succeeded() {
        last = new Outcome(last.number() + 1, true, "", List.of());
    }

    /**
     * @param summary one line, such as "2 errors in the content"
     * @param problems every problem the failed build found, errors and warnings, in the log's order
     */
    void failed(String summary, List<Problem> problems) {
        last = new Outcome(last.number() + 1, false, summary, List.copyOf(problems));
    }

    int number() {
        return last.number();
    }

    /**
     * {@code {"build": 3, "ok": false, "summary": "1 error in the content", "problems": [{"where":
     * "content/pages/a.md:4", "rule": "…", "message": "…", "fix": "…", "error": true}]}}: text
     * only, which the page shows as text.
     */
    String json() {
        Outcome outcome = last;
        String problems = outcome.problems().stream()
                .map(problem -> "{\"where\":" + Json.string(problem.location().format(base))
                        + ",\"rule\":" + Json.string(problem.id())
                        + ",\"message\":" + Json.string(problem.message())
                        + ",\"fix\":" + Json.string(problem.fix() == null ? "" : problem.fix())
                        + ",\"error\":" + problem.isError() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"build\":" + outcome.number() + ",\"ok\":" + outcome.ok() + ",\"summary\":"
                + Json.string(outcome.summary()) + ",\"problems\":" + problems + "}";
    }
}

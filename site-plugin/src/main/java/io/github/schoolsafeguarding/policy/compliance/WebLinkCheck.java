package io.github.schoolsafeguarding.policy.compliance;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.render.WebLink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Asks every web address the pages link to whether it still answers: the one check that goes
 * online, so it runs only when a maintainer asks for it, never in a normal build or a test of the
 * real content. A dead link is a warning, since the page itself is still right.
 */
public final class WebLinkCheck {

    private static final int AT_ONCE = 8;

    private final HttpClient client;
    private final Duration timeout;

    public WebLinkCheck(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Asks each address once, however many pages link to it, and reports each link to a dead one. */
    public void check(Collection<WebLink> links, Problems problems) {
        Map<String, List<WebLink>> byAddress = links.stream()
                .collect(Collectors.groupingBy(WebLink::address, LinkedHashMap::new, Collectors.toList()));
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            Map<String, Future<Optional<String>>> answers = new LinkedHashMap<>();
            byAddress.keySet().forEach(address -> answers.put(address, pool.submit(() -> failure(address))));
            answers.forEach((address, answer) -> wait(answer).ifPresent(failure ->
                    byAddress.get(address).forEach(link -> problems.add(Problem.warning("link.unreachable",
                            link.location(), address + " " + failure,
                            "find where the page has moved and link there, or remove the link")))));
        } finally {
            pool.shutdownNow();
        }
    }

    /** What went wrong asking for {@code address}, or empty when it answered. */
    private Optional<String> failure(String address) {
        try {
            // Some servers refuse HEAD or answer it wrongly, so a refusal is asked again in full.
            int status = ask(address, "HEAD");
            if (status >= 400) {
                status = ask(address, "GET");
            }
            return status >= 400 ? Optional.of("answered " + status) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (IllegalArgumentException e) {
            return Optional.of("is not an address that can be asked for (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked: the check was interrupted");
        }
    }

    private int ask(String address, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", "safeguarding-guidance link check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Optional<String> wait(Future<Optional<String>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked: the check was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.of("could not be checked (" + e.getCause() + ")");
        }
    }
}

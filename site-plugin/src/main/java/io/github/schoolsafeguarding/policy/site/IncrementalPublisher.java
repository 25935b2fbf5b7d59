package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import java.nio.file.Path;
import java.util.Map;

/**
 * Publishes a site again and again into one folder, as {@code serve} does after each change: each
 * build checks everything a full build checks and gives the same bytes, but reuses what the last
 * build worked out wherever the inputs are the same (a page's Markdown and the shared files for
 * its body, a template's data for its HTML, a page's HTML for its search entries, ...), and writes
 * only the files whose bytes changed. Made by {@link SitePublisher#incremental}; one build at a time.
 */
public final class IncrementalPublisher {

    private final SitePublisher publisher;
    private final Path output;
    private final Memo memo = Memo.kept();
    /** What the output folder holds, as the last good build wrote it; null when that is not known. */
    private Map<String, byte[]> written;

    IncrementalPublisher(SitePublisher publisher, Path output) {
        this.publisher = publisher;
        this.output = output;
    }

    /**
     * Renders and checks the whole site, then brings the output folder up to date with it.
     *
     * @throws ContentException when the content has errors; the output folder is then left untouched
     */
    public synchronized SitePublisher.Publication publish() throws ContentException {
        memo.startBuild();
        try {
            return publisher.publish(output, memo, this::write);
        } finally {
            memo.endBuild();
        }
    }

    /** How many pages the last build rendered from their Markdown afresh, in all areas, rather than reused. */
    public synchronized int pagesRendered() {
        return memo.made(AreaRenderer.RENDERED_PAGE);
    }

    private void write(Path folder, Map<String, byte[]> files) {
        Map<String, byte[]> before = written;
        // should the writing fail half way, the next build writes the whole site afresh
        written = null;
        SiteOutput.update(folder, before, files);
        written = files;
    }
}

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.structure.WhatToDoNow;
import io.github.schoolsafeguarding.policy.check.text.PageText;
import io.github.schoolsafeguarding.policy.check.wording.AreaSpecificText;
import io.github.schoolsafeguarding.policy.check.wording.MandatoryWording;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import io.github.schoolsafeguarding.policy.law.Legislation;
import io.github.schoolsafeguarding.policy.law.RepealedLawCitations;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks of what each page file says: its 'must's, the areas it names, its opening section and
 * the laws it cites. They run page by page, so that each page's Markdown is parsed once for all of
 * them ({@link PageText}), and each is kept in the memo under what it reads, so that {@code serve}
 * checks again only the pages that changed.
 */
final class PageFileChecks {

    private final Content content;
    private final MarkdownRenderer markdown;
    private final Memo memo;
    private final Function<Page, Object> asRead;

    /** @param asRead each page's key in the memo: the page as read */
    PageFileChecks(Content content, MarkdownRenderer markdown, Memo memo, Function<Page, Object> asRead) {
        this.content = content;
        this.markdown = markdown;
        this.memo = memo;
        this.asRead = asRead;
    }

    /**
     * Starts {@link #check} on a thread of its own, beside the rendering, which never reads what these
     * checks find: on a machine with a core to spare, a long page's checks then take no time of their own.
     */
    Running start(List<Page> pageFiles, Legislation legislation) {
        Problems found = new Problems();
        FutureTask<Problems> checks = new FutureTask<>(() -> {
            check(pageFiles, legislation, found);
            return found;
        });
        Thread thread = new Thread(checks, "page-checks");
        thread.setDaemon(true);
        thread.start();
        return new Running(checks);
    }

    /** The checks running beside the rendering; closing it waits for them to stop, whatever they found. */
    static final class Running implements AutoCloseable {
        private final FutureTask<Problems> checks;

        private Running(FutureTask<Problems> checks) {
            this.checks = checks;
        }

        /** Waits for the checks, and adds what they found to {@code problems}, or throws what stopped them. */
        void addTo(Problems problems) {
            try {
                problems.addAll(waitFor().all());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                // the checks throw nothing that must be declared
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            try {
                waitFor();
            } catch (ExecutionException e) {
                // reported by addTo when the build got that far; a build that failed before has its own error
            }
        }

        private Problems waitFor() throws ExecutionException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return checks.get();
                    } catch (InterruptedException e) {
                        // the checks share the memo with the next build of serve: they must end first
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Checks each page file of the areas built once, each with the text of every area passage in place. */
    void check(List<Page> pageFiles, Legislation legislation, Problems problems) {
        MandatoryWording wording = new MandatoryWording();
        AreaSpecificText areaText = new AreaSpecificText(content.areas());
        WhatToDoNow whatToDoNow = new WhatToDoNow();
        RepealedLawCitations repealedLaw = new RepealedLawCitations(legislation);
        Object areasKey = memo.canonical("areas", content.areas());
        Object lawsKey = memo.canonical("laws", legislation.laws());
        // the shared pages as written, whose area passages tell which areas a page may name
        Map<Path, Page> shared = new HashMap<>();
        content.sharedPages().values().forEach(page -> shared.put(page.file(), page));
        Set<Path> guidance = whatToDoNow.guidance(pageFiles).stream().map(Page::file).collect(Collectors.toSet());
        PageFailure.checkingEach("checking what the page says", pageFiles, Page::file, page -> {
            PageText text = new PageText(page, markdown);
            if (text.tooDeep()) {
                return;
            }
            Object read = asRead.apply(page);
            memo.check("wording", read, found -> wording.check(text, found), problems);
            Page written = shared.get(page.file());
            if (written != null) {
                memo.check("area-specific text", List.of(read, areasKey), found -> areaText.check(written, text, found),
                        problems);
            }
            if (guidance.contains(page.file())) {
                memo.check("what to do now", read, found -> whatToDoNow.checkGuidance(text, found), problems);
            }
            memo.check("repealed law", List.of(read, lawsKey), found -> repealedLaw.check(text, found), problems);
        });
    }
}

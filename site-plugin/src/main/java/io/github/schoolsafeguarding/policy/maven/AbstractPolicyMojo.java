package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.html.HtmlChecks;
import io.github.schoolsafeguarding.policy.handbook.CachedHandbook;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, and the one way problems are shown to the maintainer. */
abstract class AbstractPolicyMojo extends AbstractMojo {

    private static final Duration WEB_LINK_TIMEOUT = Duration.ofSeconds(15);

    /** The content folder: site.yaml, sources.yaml, contacts.yaml, pages/ and areas/. */
    @Parameter(property = PropertyNames.CONTENT, defaultValue = "${project.basedir}/content")
    File content;

    /** The theme folder: templates/ and assets/. */
    @Parameter(property = PropertyNames.THEME, defaultValue = "${project.basedir}/theme")
    File theme;

    /** Where the site is written. */
    @Parameter(property = PropertyNames.OUTPUT, defaultValue = "${project.reporting.outputDirectory}")
    File output;

    /** The areas to build, by id, comma-separated; empty builds every area. */
    @Parameter(property = PropertyNames.AREAS)
    List<String> areas;

    /** Treats every warning as an error: nothing stale or doubtful is published. */
    @Parameter(property = PropertyNames.STRICT, defaultValue = "false")
    boolean strict;

    /**
     * The day the date rules (review due, contacts verified, sources current) are checked for, as
     * YYYY-MM-DD; empty means today. Set it to rebuild a site exactly as it was on that day.
     */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    /**
     * Also asks every web address the pages link to whether it still answers. Needs the network, so
     * it is off unless asked for.
     */
    @Parameter(property = PropertyNames.CHECK_WEB_LINKS, defaultValue = "false")
    boolean checkWebLinks;

    /**
     * Where the HTML checks of each page and each area's handbook are kept between builds, so that
     * pages that have not changed are not checked again; empty keeps nothing and checks every page.
     * Deleting the folder is always safe.
     */
    @Parameter(property = PropertyNames.CACHE, defaultValue = "${project.build.directory}/policy-cache")
    String cache;

    /** Paths in messages are shown relative to this folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    private BuildCache buildCache = BuildCache.none();

    SitePublisher publisher() throws MojoExecutionException {
        SitePublisher.Builder builder = SitePublisher.builder()
                .content(content.toPath())
                .theme(theme.toPath())
                .areas(areas == null ? List.of() : areas.stream().map(String::strip).filter(id -> !id.isEmpty()).toList())
                .strict(strict);
        if (cache != null && !cache.isBlank()) {
            buildCache = BuildCache.in(basedir.toPath().resolve(cache.strip()));
            builder.cache(buildCache);
        }
        if (today != null && !today.isBlank()) {
            try {
                builder.fixedDay(LocalDate.parse(today.strip()), "the day set by " + PropertyNames.TODAY);
            } catch (DateTimeParseException e) {
                throw new MojoExecutionException(PropertyNames.TODAY + " is '" + today
                        + "', which is not a date: write it as YYYY-MM-DD, for example 2026-11-22");
            }
        }
        if (checkWebLinks) {
            builder.checkWebLinks(WEB_LINK_TIMEOUT);
        }
        return builder.build();
    }

    /** What the cache spared the build, so that a slow build (a new plugin, a cleaned folder) says why. */
    void logCacheUse() {
        buildCache.folder().ifPresent(folder -> {
            String pages = reused(HtmlChecks.CACHE_SHELF);
            String handbooks = reused(CachedHandbook.CACHE_SHELF);
            Path base = basedir.toPath();
            getLog().info("Reused the HTML checks of " + pages + " pages"
                    + (handbooks.endsWith(" of 0") ? "" : " and " + handbooks + " handbooks")
                    + " from " + (folder.startsWith(base) ? base.relativize(folder) : folder));
        });
    }

    /** "3 of 4": how many results of a kind came from the cache, of how many the build needed. */
    private String reused(String shelf) {
        return buildCache.hits(shelf) + " of " + (buildCache.hits(shelf) + buildCache.misses(shelf));
    }

    void log(List<Problem> problems) {
        for (Problem problem : problems) {
            String line = problem.report(basedir.toPath());
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /**
     * A failure of the tool, not of the content. Running out of memory is the one a maintainer can
     * fix alone (a very large site), so it says how; it may come wrapped, from a worker thread.
     * Anything else unexpected while a page was built, or a check of many ran, names that page or
     * check, for the maintainer's report.
     */
    static MojoExecutionException failure(String doing, Throwable e) {
        boolean outOfMemory = Stream.iterate(e, Objects::nonNull, Throwable::getCause)
                .anyMatch(OutOfMemoryError.class::isInstance);
        if (outOfMemory) {
            return new MojoExecutionException(doing + " ran out of memory: Maven may use at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB. Give it more and build again, e.g."
                    + " export MAVEN_OPTS=-Xmx1g, or a line -Xmx1g in .mvn/jvm.config", e);
        }
        Optional<PageFailure> page = Stream.iterate(e, Objects::nonNull, Throwable::getCause)
                .filter(PageFailure.class::isInstance).map(PageFailure.class::cast).findFirst();
        if (page.isPresent() || e instanceof Error) {
            return new MojoExecutionException("internal error " + page.map(PageFailure::doing)
                    .orElse("while building the site") + ": " + page.map(Throwable::getMessage).orElse(e.toString())
                    + " — please report this to the plugin's maintainers"
                    + (page.flatMap(PageFailure::file).isPresent() ? ", with the file" : ""), e);
        }
        return new MojoExecutionException(doing + " failed: " + e.getMessage(), e);
    }

    /** Logs every problem, then fails the build: the content is wrong, not the tool. */
    MojoFailureException failure(ContentException e) {
        log(e.problems());
        return new MojoFailureException(e.getMessage() + ": see the messages above, each with its file and line");
    }
}

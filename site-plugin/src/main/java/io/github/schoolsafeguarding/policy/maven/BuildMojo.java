package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Publishes the site: checks everything, then replaces the output folder in one move. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractPolicyMojo {

    /** Skips publishing. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Not publishing: " + PropertyNames.SKIP + " is true");
            return;
        }
        try {
            long start = System.nanoTime();
            SitePublisher.Publication site = publisher().publish(output.toPath());
            log(site.warnings());
            if (site.unchanged()) {
                getLog().info("Nothing has changed since the last build, and " + output + " is as it published it:"
                        + " kept it");
            } else {
                logCacheUse();
            }
            getLog().info(String.format(Locale.ROOT, "Published %d pages for %s to %s in %.2f s", site.pages(),
                    String.join(", ", site.areas()), output, (System.nanoTime() - start) / 1e9));
        } catch (ContentException e) {
            throw failure(e);
        } catch (RuntimeException | Error e) {
            throw failure("Publishing", e);
        }
    }
}

package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
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
            SitePublisher.Publication site = publisher().publish(output.toPath());
            log(site.warnings());
            getLog().info("Published " + site.pages() + " pages for " + String.join(", ", site.areas()) + " to " + output);
        } catch (ContentException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Publishing failed: " + e.getMessage(), e);
        }
    }
}

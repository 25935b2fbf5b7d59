package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs every check a build runs, and publishes nothing: it writes only to the cache
 * ({@code policy.cache}), so that the next check or build need not check unchanged pages again.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPolicyMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Problem> problems;
        try {
            problems = publisher().check();
        } catch (RuntimeException | Error e) {
            throw failure("Checking", e);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw failure(new ContentException(problems));
        }
        log(problems);
        logCacheUse();
        getLog().info("The content is ready to publish" + (problems.isEmpty() ? "" : ", with " + problems.size() + " warnings"));
    }
}

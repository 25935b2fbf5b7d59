package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.serve.ChangeWatcher;
import io.github.schoolsafeguarding.policy.serve.PreviewServer;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the site, serves it on 127.0.0.1 and publishes it again whenever a file under the
 * content or theme folder changes, until stopped with Ctrl+C. A change that breaks the content is
 * reported and the last good site stays in place.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractPolicyMojo {

    /** The port to serve on, on 127.0.0.1 only. */
    @Parameter(property = PropertyNames.PORT, defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SitePublisher publisher = publisher();
        publish(publisher);
        try (PreviewServer server = PreviewServer.start(output.toPath(), port);
                ChangeWatcher watcher = ChangeWatcher.start(List.of(content.toPath(), theme.toPath()),
                        () -> publish(publisher))) {
            getLog().info("Serving the site at " + server.address() + " (Ctrl+C to stop)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " (choose another port with -D" + PropertyNames.PORT + "=…)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(SitePublisher publisher) {
        try {
            SitePublisher.Publication site = publisher.publish(output.toPath());
            log(site.warnings());
            getLog().info("Published " + site.pages() + " pages");
        } catch (ContentException e) {
            log(e.problems());
            getLog().error(e.getMessage() + ": the last good site is still served");
        }
    }
}

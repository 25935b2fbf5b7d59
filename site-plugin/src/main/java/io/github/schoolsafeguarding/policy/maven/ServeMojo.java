package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.serve.Preview;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the site, serves it on 127.0.0.1 and publishes it again whenever a file under the
 * content or theme folder changes, until stopped with Ctrl+C. The open page reloads after each good
 * build; a change that breaks the content is reported in the log and over the page, and the last
 * good site stays in place.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractPolicyMojo {

    /** The port to serve on, on 127.0.0.1 only. */
    @Parameter(property = PropertyNames.PORT, defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SitePublisher publisher = publisher();
        try (Preview preview = Preview.start(publisher, output.toPath(), List.of(content.toPath(), theme.toPath()), port,
                basedir.toPath(), new Log())) {
            getLog().info("Serving the site at " + preview.address() + " (Ctrl+C to stop)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve on 127.0.0.1:" + port + ": " + e.getMessage()
                    + " (choose another port with -D" + PropertyNames.PORT + "=…)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Log implements Preview.Log {

        @Override
        public void published(SitePublisher.Publication site, Duration took) {
            log(site.warnings());
            getLog().info("Published " + site.pages() + " pages in " + seconds(took));
        }

        @Override
        public void failed(String summary, List<Problem> problems, Duration took) {
            log(problems);
            getLog().error(summary + " (build took " + seconds(took) + ")");
        }

        @Override
        public void refused(String request) {
            getLog().warn("The preview server " + request);
        }
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}

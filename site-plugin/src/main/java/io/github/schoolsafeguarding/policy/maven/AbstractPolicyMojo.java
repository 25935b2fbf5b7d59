package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, and the one way problems are shown to the maintainer. */
abstract class AbstractPolicyMojo extends AbstractMojo {

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

    /** Paths in messages are shown relative to this folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    SitePublisher publisher() {
        return SitePublisher.builder()
                .content(content.toPath())
                .theme(theme.toPath())
                .areas(areas == null ? List.of() : areas.stream().map(String::strip).filter(id -> !id.isEmpty()).toList())
                .build();
    }

    void log(List<Problem> problems) {
        for (Problem problem : problems) {
            String line = problem.format(basedir.toPath());
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** Logs every problem, then fails the build: the content is wrong, not the tool. */
    MojoFailureException failure(ContentException e) {
        log(e.problems());
        return new MojoFailureException(e.getMessage() + ": see the messages above, each with its file and line");
    }
}

package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.area.NewArea;
import io.github.schoolsafeguarding.policy.check.ContentException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new area's folder, {@code content/areas/<id>/}, with every setting and contact it needs as
 * a blank to fill in: {@code mvn -N policy:new-area -Dpolicy.area=ID -Dpolicy.name="NAME"}, or without
 * installing the plugin, {@code mvn site -Pnew-area -Dpolicy.area=ID -Dpolicy.name="NAME"}.
 */
@Mojo(name = "new-area", threadSafe = true)
public class NewAreaMojo extends AbstractPolicyMojo {

    /** The new area's id: its folder and the first part of its web address, such as {@code north-somerset}. */
    @Parameter(property = PropertyNames.AREA)
    String area;

    /** The area's name as readers know it, such as {@code North Somerset}. */
    @Parameter(property = PropertyNames.NAME)
    String name;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (area == null || area.isBlank() || name == null || name.isBlank()) {
            throw new MojoFailureException("Give the new area's id and name: -D" + PropertyNames.AREA
                    + "=north-somerset -D" + PropertyNames.NAME + "=\"North Somerset\"");
        }
        Path folder;
        try {
            folder = NewArea.write(content.toPath(), area.strip(), name);
        } catch (NewArea.Refused e) {
            throw new MojoFailureException("No area written: " + e.getMessage());
        } catch (ContentException e) {
            throw failure(e);
        }
        Path shown = basedir.toPath().toAbsolutePath().relativize(folder);
        getLog().info("Wrote " + shown + "/area.yaml and " + shown + "/pages/index.md. Next: fill in their blanks;"
                + " `mvn site` lists each one left, at its line.");
    }
}

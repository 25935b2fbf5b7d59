package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.override.AreaDiff;
import io.github.schoolsafeguarding.policy.override.OverrideException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what an area changes from the shared guidance: {@code mvn -q policy:diff -Dpolicy.area=ID}
 * (each copy of a shared page as a unified diff against the shared page now, the area's own pages
 * and the contacts it adds), or one copy's diff with {@code -Dpolicy.page=PATH}.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractPolicyMojo {

    /** The id of the area: its folder under content/areas. */
    @Parameter(property = PropertyNames.AREA, required = true)
    String area;

    /** Only this shared page's copy, by its path under content/pages. */
    @Parameter(property = PropertyNames.PAGE)
    String page;

    @Override
    public void execute() throws MojoFailureException {
        try {
            AreaDiff diff = AreaDiff.of(content.toPath());
            // standard output, not the log: the diff is the goal's result, to read or to pipe to a file
            System.out.print(page == null || page.isBlank() ? diff.text(area.strip())
                    : diff.text(area.strip(), page.strip()));
            System.out.flush();
        } catch (OverrideException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}

package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.override.OverrideException;
import io.github.schoolsafeguarding.policy.override.PageCopier;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Copies a shared page into an area's pages, recording which version of the shared page the copy
 * was made from: {@code mvn -N policy:override -Dpolicy.area=ID -Dpolicy.page=PATH}. With
 * {@code -Dpolicy.refresh}, records instead that the area's existing copy follows the shared page as
 * it is now, once a maintainer has brought the shared page's changes into it.
 */
@Mojo(name = "override", threadSafe = true)
public class OverrideMojo extends AbstractPolicyMojo {

    /** The id of the area to copy the page into: its folder under content/areas. */
    @Parameter(property = PropertyNames.AREA, required = true)
    String area;

    /** The shared page's path under content/pages, such as cse/what-cse-is.md. */
    @Parameter(property = PropertyNames.PAGE, required = true)
    String page;

    /** Marks the area's existing copy up to date with the shared page, instead of making a copy. */
    @Parameter(property = PropertyNames.REFRESH, defaultValue = "false")
    boolean refresh;

    @Override
    public void execute() throws MojoFailureException {
        try {
            PageCopier copier = PageCopier.of(content.toPath());
            if (refresh) {
                getLog().info(copier.markUpToDate(area.strip(), page.strip()));
            } else {
                getLog().info("Copied to " + basedir.toPath().relativize(copier.copy(area.strip(), page.strip()))
                        + ": edit the copy; the build warns when the shared page changes");
            }
        } catch (OverrideException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}

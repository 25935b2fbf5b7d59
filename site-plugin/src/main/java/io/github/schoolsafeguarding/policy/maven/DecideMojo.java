package io.github.schoolsafeguarding.policy.maven;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.decision.Decider;
import io.github.schoolsafeguarding.policy.decision.DecisionException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Decides cases against the decision tables and prints one JSON object a line:
 * {@code mvn -q -N policy:decide -Dpolicy.table=ID -Dpolicy.given="k=v,k=v"}, or a whole YAML file
 * of cases with {@code -Dpolicy.scenarios=FILE}; {@code -Dpolicy.out=FILE} writes to a file instead.
 */
@Mojo(name = "decide", threadSafe = true)
public class DecideMojo extends AbstractPolicyMojo {

    /** The id of the table to decide with. */
    @Parameter(property = PropertyNames.TABLE)
    String table;

    /** The answers, {@code input=value,input=value}. */
    @Parameter(property = PropertyNames.GIVEN)
    String given;

    /** A YAML list of cases, each {@code {table: id, given: {input: value}}}. */
    @Parameter(property = PropertyNames.SCENARIOS)
    File scenarios;

    /** Where to write the JSON lines; standard output when not set. */
    @Parameter(property = PropertyNames.OUT)
    File out;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if ((table == null) == (scenarios == null)) {
            throw new MojoFailureException("Give either -D" + PropertyNames.TABLE + "=ID with -D" + PropertyNames.GIVEN
                    + "=\"input=value,…\", or -D" + PropertyNames.SCENARIOS + "=FILE");
        }
        List<String> lines;
        try {
            Decider decider = Decider.load(content.toPath().resolve("decisions"));
            lines = scenarios != null ? decider.decideAll(scenarios.toPath())
                    : List.of(decider.decide(table, Decider.parseGiven(given == null ? "" : given)));
        } catch (ContentException e) {
            throw failure(e);
        } catch (DecisionException e) {
            throw new MojoFailureException(e.getMessage());
        }
        try {
            if (out != null) {
                Files.write(out.toPath(), lines, StandardCharsets.UTF_8);
            } else {
                lines.forEach(System.out::println);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}

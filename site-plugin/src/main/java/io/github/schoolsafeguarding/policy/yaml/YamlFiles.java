package io.github.schoolsafeguarding.policy.yaml;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML into {@link YamlValue}s that keep their line and column. */
public final class YamlFiles {

    private YamlFiles() {}

    /** Reads a whole YAML file. Empty when the file is not valid YAML (the problem is reported). */
    public static Optional<YamlValue> read(Path file, Problems problems) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8), 0, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses YAML text that stands {@code lineOffset} lines into {@code file} (front matter does).
     * Duplicate keys are reported, since YAML would silently keep only one of them.
     */
    public static Optional<YamlValue> parse(Path file, String text, int lineOffset, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location at = mark == null ? Location.of(file)
                    : new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            problems.add(Problem.error("yaml.syntax", at, "this is not valid YAML: " + e.getProblem(),
                    "check the indentation and quoting around this line; quote text that contains ': ' or starts with a symbol"));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(Problem.error("yaml.empty", Location.of(file, lineOffset + 1), "the YAML here is empty",
                    "write the expected keys, one per line as 'key: value'"));
            return Optional.empty();
        }
        reportDuplicateKeys(file, root, lineOffset, problems);
        return Optional.of(new YamlValue(file, root, lineOffset));
    }

    private static void reportDuplicateKeys(Path file, Node node, int lineOffset, Problems problems) {
        if (node instanceof MappingNode map) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    YamlValue at = new YamlValue(file, key, lineOffset);
                    problems.add(Problem.error("yaml.duplicate-key", at.location(),
                            "'" + key.getValue() + "' is given twice in the same block",
                            "keep one of them: YAML would silently ignore the other"));
                }
                reportDuplicateKeys(file, tuple.getValueNode(), lineOffset, problems);
            }
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> reportDuplicateKeys(file, item, lineOffset, problems));
        }
    }
}

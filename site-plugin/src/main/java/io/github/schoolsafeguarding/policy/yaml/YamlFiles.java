package io.github.schoolsafeguarding.policy.yaml;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.input.InputFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML into {@link YamlValue}s that keep their line and column. */
public final class YamlFiles {

    /**
     * The most aliases ({@code *name}) one file may use: SnakeYAML's own default, stated so that it is
     * documented. Aliases that repeat aliases grow a small file into billions of values (a "billion
     * laughs" bomb); the content needs none at all.
     */
    public static final int MAX_ALIASES = 50;
    /**
     * The most lists and maps a value may stand in: SnakeYAML's own default, stated so that it is
     * documented. Reading a file recurses into each level, so 10,000 of them would overflow the
     * stack; the content nests 6 at most.
     */
    public static final int MAX_NESTING = 50;

    private YamlFiles() {}

    /** Reads a whole YAML file. Empty when the file is not valid YAML (the problem is reported). */
    public static Optional<YamlValue> read(Path file, Problems problems) {
        return InputFiles.readText(file, problems).flatMap(text -> parse(file, text, 0, problems));
    }

    /**
     * Parses YAML text that stands {@code lineOffset} lines into {@code file} (front matter does).
     * Duplicate keys are reported, since YAML would silently keep only one of them.
     */
    public static Optional<YamlValue> parse(Path file, String text, int lineOffset, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
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
        } catch (YAMLException e) {
            // SnakeYAML's limits (aliases, nesting) stop it with no place in the file
            Optional<Mark> tooDeep = tooDeep(yaml, text);
            if (tooDeep.isPresent()) {
                problems.add(Problem.error("yaml.too-complex", new Location(file, tooDeep.get().getLine() + 1
                        + lineOffset, tooDeep.get().getColumn() + 1), "this YAML is more than the build reads: a value"
                        + " stands in more than " + MAX_NESTING + " lists and maps",
                        "write the value with fewer lists ('- ') and maps ('key:') inside one another"));
                return Optional.empty();
            }
            problems.add(Problem.error("yaml.too-complex", Location.of(file, lineOffset + 1),
                    "this YAML is more than the build reads: " + e.getMessage(),
                    "write each value out: use at most " + MAX_ALIASES + " aliases (*name), and none that repeat"
                            + " others"));
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

    /**
     * Where a value first stands in more lists and maps than {@link #MAX_NESTING}, found as SnakeYAML
     * counts them, but from its parser's events, which it reads in a loop and without the place lost.
     */
    private static Optional<Mark> tooDeep(Yaml yaml, String text) {
        int open = 0;
        try {
            for (Event event : yaml.parse(new StringReader(text))) {
                if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
                    if (open > MAX_NESTING) {
                        return Optional.of(event.getStartMark());
                    }
                    open += event instanceof CollectionStartEvent ? 1 : 0;
                } else if (event instanceof CollectionEndEvent) {
                    open--;
                }
            }
        } catch (YAMLException e) {
            // what stopped it is not nesting
        }
        return Optional.empty();
    }

    private static void reportDuplicateKeys(Path file, Node node, int lineOffset, Problems problems) {
        duplicateKeys(node).forEach(key -> problems.add(Problem.error("yaml.duplicate-key",
                new YamlValue(file, key, lineOffset).location(), "'" + key.getValue() + "' is given twice in the same block",
                "keep one of them: YAML would silently ignore the other")));
    }

    /** The keys given a second time in a map of {@code node}, or in any map within it, in the order written. */
    static List<ScalarNode> duplicateKeys(Node node) {
        List<ScalarNode> duplicates = new ArrayList<>();
        if (node instanceof MappingNode map) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    duplicates.add(key);
                }
                duplicates.addAll(duplicateKeys(tuple.getValueNode()));
            }
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> duplicates.addAll(duplicateKeys(item)));
        }
        return duplicates;
    }
}

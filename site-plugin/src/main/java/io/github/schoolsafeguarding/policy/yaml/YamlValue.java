package io.github.schoolsafeguarding.policy.yaml;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML file that remembers where it stands, so that whatever reads it can say
 * {@code file:line:column} in an error. Reading never throws for a wrong shape: the accessors that
 * take {@link Problems} report what is wrong and return an empty result, so that one pass over a file
 * reports all of its problems.
 */
public final class YamlValue {

    private final Path file;
    private final Node node;
    private final int lineOffset;

    YamlValue(Path file, Node node, int lineOffset) {
        this.file = file;
        this.node = node;
        this.lineOffset = lineOffset;
    }

    public Location location() {
        return new Location(file, node.getStartMark().getLine() + 1 + lineOffset, node.getStartMark().getColumn() + 1);
    }

    /**
     * Where the text of a scalar starts: after its opening quote, if it has one, so that a column
     * counted into the text of a one-line value lands on the character meant.
     */
    public Location textLocation() {
        Location start = location();
        boolean quoted = node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                        || scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        return quoted ? new Location(file, start.line(), start.column() + 1) : start;
    }

    public Path file() {
        return file;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** YAML's {@code null}, {@code ~} or an empty value. */
    public boolean isNull() {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    /** The text of a scalar as written (without quotes), or empty for maps and lists. */
    public Optional<String> text() {
        return node instanceof ScalarNode scalar && !isNull() ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    /** The entries of a map in the order written; empty for anything else. */
    public Map<String, YamlValue> entries() {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.putIfAbsent(key.getValue(), new YamlValue(file, tuple.getValueNode(), lineOffset));
                }
            }
        }
        return entries;
    }

    /** Whether this map gives {@code key} more than once: {@link YamlFiles} reports it, and only the first is read. */
    public boolean givesTwice(String key) {
        return node instanceof MappingNode map && map.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key))
                .count() > 1;
    }

    /**
     * Whether this map, or any map within it, gives a key twice: {@link YamlFiles} reports it, and
     * what is read is only the first, which may not be what its author meant.
     */
    public boolean hasDuplicateKey() {
        return !YamlFiles.duplicateKeys(node).isEmpty();
    }

    /** The keys of a map, each with its own location (for "unknown key" errors). */
    public Map<String, YamlValue> keys() {
        Map<String, YamlValue> keys = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    keys.putIfAbsent(key.getValue(), new YamlValue(file, key, lineOffset));
                }
            }
        }
        return keys;
    }

    /** The items of a list; empty for anything else. */
    public List<YamlValue> items() {
        List<YamlValue> items = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                items.add(new YamlValue(file, item, lineOffset));
            }
        }
        return items;
    }

    /** The items of a list, or this value alone: for keys that take one value or several. */
    public List<YamlValue> itemsOrSelf() {
        return isList() ? items() : List.of(this);
    }

    public Optional<YamlValue> get(String key) {
        return Optional.ofNullable(entries().get(key)).filter(value -> !value.isNull());
    }

    /**
     * Whether {@code key} is written with no value after it: a blank left to fill in (the new-area
     * scaffold writes them), reported at the key's own line so that the list of errors is the list of
     * what is left to do.
     */
    public boolean reportBlank(String key, Problems problems, String meaning) {
        YamlValue value = entries().get(key);
        if (value == null || !value.isNull()) {
            return false;
        }
        problems.add(Problem.error("yaml.blank", keys().get(key).location(), "'" + key + "' is blank",
                "fill in " + meaning));
        return true;
    }

    /** A required text value; reports a problem at this map when it is missing, blank or not text. */
    public Optional<String> requireText(String key, Problems problems, String meaning) {
        if (reportBlank(key, problems, meaning)) {
            return Optional.empty();
        }
        Optional<YamlValue> value = get(key);
        if (value.isEmpty()) {
            problems.add(Problem.error("yaml.missing-key", location(), "'" + key + "' is missing",
                    "add '" + key + ":' with " + meaning));
            return Optional.empty();
        }
        return value.get().textOrReport(key, problems, meaning);
    }

    /** An optional text value; reports a problem only when it is there but not text. */
    public Optional<String> optionalText(String key, Problems problems, String meaning) {
        return get(key).flatMap(value -> value.textOrReport(key, problems, meaning));
    }

    private Optional<String> textOrReport(String key, Problems problems, String meaning) {
        Optional<String> text = text().map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            problems.add(Problem.error("yaml.not-text", location(), "'" + key + "' should be " + meaning,
                    "write it as a single line of text"));
        }
        return text;
    }

    /** A date written {@code YYYY-MM-DD}; reports a problem when present but malformed. */
    public Optional<LocalDate> optionalDate(String key, Problems problems) {
        return get(key).flatMap(value -> value.dateOrReport(key, problems));
    }

    public Optional<LocalDate> requireDate(String key, Problems problems) {
        if (reportBlank(key, problems, "the date as YYYY-MM-DD")) {
            return Optional.empty();
        }
        Optional<YamlValue> value = get(key);
        if (value.isEmpty()) {
            problems.add(Problem.error("yaml.missing-key", location(), "'" + key + "' is missing",
                    "add '" + key + ": YYYY-MM-DD'"));
            return Optional.empty();
        }
        return value.get().dateOrReport(key, problems);
    }

    private Optional<LocalDate> dateOrReport(String key, Problems problems) {
        Optional<String> text = text();
        try {
            return text.map(String::strip).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error("yaml.bad-date", location(),
                    "'" + key + "' is '" + text.orElse("") + "', which is not a date",
                    "write the date as YYYY-MM-DD, for example 2026-11-22"));
            return Optional.empty();
        }
    }

    /** A whole number; reports a problem when present but not a whole number. */
    public Optional<Integer> optionalInteger(String key, Problems problems) {
        return get(key).flatMap(value -> {
            Optional<String> text = value.text();
            try {
                return text.map(String::strip).map(Integer::valueOf);
            } catch (NumberFormatException e) {
                problems.add(Problem.error("yaml.bad-number", value.location(),
                        "'" + key + "' is '" + text.orElse("") + "', which is not a whole number",
                        "write a whole number such as 10"));
                return Optional.empty();
            }
        });
    }

    /** {@code true} or {@code false}; reports a problem when present but neither. */
    public Optional<Boolean> optionalBoolean(String key, Problems problems) {
        return get(key).flatMap(value -> {
            Optional<String> text = value.text().map(String::strip);
            if (text.filter(t -> t.equals("true") || t.equals("false")).isEmpty()) {
                problems.add(Problem.error("yaml.bad-boolean", value.location(),
                        "'" + key + "' is '" + text.orElse("") + "', which is neither true nor false",
                        "write true or false"));
                return Optional.empty();
            }
            return text.map(Boolean::valueOf);
        });
    }

    /**
     * A required list (of maps, usually); reports a problem at this map when it is missing and at the
     * value when it is not a list.
     */
    public List<YamlValue> requireList(String key, Problems problems, String meaning) {
        Optional<YamlValue> value = get(key);
        if (value.isEmpty()) {
            problems.add(Problem.error("yaml.missing-key", location(), "'" + key + "' is missing",
                    "add '" + key + ":' with " + meaning + ", one per '- ' line"));
            return List.of();
        }
        if (!value.get().isList()) {
            problems.add(Problem.error("yaml.not-list", value.get().location(), "'" + key + "' should be a list",
                    "write " + meaning + ", one per '- ' line"));
        }
        return value.get().items();
    }

    /**
     * A list of text values; a single text value is taken as a list of one, since that is what an
     * editor who writes {@code sources: beds-lscb-cse} means.
     */
    public List<String> textList(String key, Problems problems) {
        Optional<YamlValue> value = get(key);
        if (value.isPresent() && value.get().isMap()) {
            problems.add(Problem.error("yaml.not-list", value.get().location(), "'" + key + "' should be a list",
                    "write one value per '- ' line, or [a, b] on one line"));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (YamlValue item : value.map(YamlValue::itemsOrSelf).orElse(List.of())) {
            item.text().ifPresentOrElse(texts::add, () -> problems.add(Problem.error("yaml.not-text", item.location(),
                    "each item of '" + key + "' should be a single value", "write one value per '- ' line")));
        }
        return texts;
    }

    /**
     * Reports every key of this map that is not one of {@code allowed}, suggesting the closest one:
     * a misspelt key would otherwise be ignored without a word.
     */
    public void allowOnly(Collection<String> allowed, Problems problems) {
        keys().forEach((key, at) -> {
            if (!allowed.contains(key)) {
                String closest = Spelling.closest(key, allowed);
                problems.add(Problem.error("yaml.unknown-key", at.location(), "unknown key '" + key + "'",
                        closest != null ? "did you mean '" + closest + "'?" : "use one of " + String.join(", ", allowed)));
            }
        });
    }
}

package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.json.Json;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers questions against the published tables from outside the site, for {@code policy:decide}
 * and for other tools: one decision as one line of JSON,
 * {@code {"table":…,"given":{…},"outcome":{output:value,…},"rule":N}}.
 */
public final class Decider {

    private final Map<String, DecisionTable> tables;

    private Decider(Map<String, DecisionTable> tables) {
        this.tables = tables;
    }

    /**
     * Reads every table in {@code folder}.
     *
     * @throws ContentException when a table cannot be read
     */
    public static Decider load(Path folder) throws ContentException {
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.error("decision.no-tables", Location.of(folder), "there is no folder of decision tables",
                    "set policy.content to the folder that holds decisions/"));
        }
        Map<String, DecisionTable> tables = new LinkedHashMap<>();
        DecisionTableReader.readAll(folder, problems).forEach(table -> tables.put(table.id(), table));
        problems.throwIfErrors();
        return new Decider(tables);
    }

    /**
     * Parses answers written {@code input=value,input=value}, as typed on a command line.
     *
     * @throws DecisionException when a part has no {@code =}
     */
    public static Map<String, String> parseGiven(String text) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 1) {
                throw new DecisionException("'" + part.strip() + "' is not an answer: write input=value, for example under_13=true");
            }
            given.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return given;
    }

    /**
     * Decides one case and gives it as a line of JSON.
     *
     * @throws DecisionException when the table is unknown or the answers do not fit it
     */
    public String decide(String tableId, Map<String, String> given) {
        DecisionTable table = tables.get(tableId);
        if (table == null) {
            throw new DecisionException("there is no table '" + tableId + "'; the tables are "
                    + String.join(", ", tables.keySet()));
        }
        Decision decision = DecisionEngine.evaluate(table, given);
        return "{\"table\":" + Json.string(table.id())
                + ",\"given\":" + given(table, given)
                + ",\"outcome\":" + outcome(decision.outcome(), table.hitPolicy() == HitPolicy.COLLECT)
                + ",\"rule\":" + decision.rules().get(0) + "}";
    }

    /**
     * Decides every case of a scenarios file: a YAML list of {@code {table: id, given: {input: value}}}.
     *
     * @throws ContentException when the file is not such a list, naming its line
     * @throws DecisionException when a case does not fit its table, naming the case's line
     */
    public List<String> decideAll(Path scenarios) throws ContentException {
        Problems problems = new Problems();
        List<String> lines = new ArrayList<>();
        YamlValue root = YamlFiles.read(scenarios, problems).orElse(null);
        if (root != null && !root.isList()) {
            problems.add(Problem.error("scenario.not-a-list", root.location(), "the scenarios should be a list",
                    "start each case with '- table: <id>' and give its answers under 'given:'"));
        }
        problems.throwIfErrors();
        for (YamlValue scenario : root.items()) {
            scenario.allowOnly(List.of("table", "given"), problems);
            String table = scenario.requireText("table", problems, "the id of a decision table").orElse(null);
            Map<String, String> given = new LinkedHashMap<>();
            scenario.get("given").ifPresent(answers -> answers.entries()
                    .forEach((input, value) -> given.put(input, value.text().orElse(""))));
            problems.throwIfErrors();
            try {
                lines.add(decide(table, given));
            } catch (DecisionException e) {
                throw new DecisionException(scenario.location().format(null) + ": " + e.getMessage());
            }
        }
        return lines;
    }

    /** The answers as JSON, each typed as its input is: booleans, numbers or value ids. */
    private static String given(DecisionTable table, Map<String, String> given) {
        return table.inputs().stream()
                .map(input -> Json.string(input.id()) + ":" + (input instanceof EnumInput
                        ? Json.string(given.get(input.id()))
                        : given.get(input.id()).strip().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Each output's value id, or under {@code collect} the list of them, even when one rule matched. */
    private static String outcome(Outcome outcome, boolean collect) {
        return outcome.values().entrySet().stream()
                .map(entry -> Json.string(entry.getKey()) + ":" + (collect
                        ? entry.getValue().stream().map(Json::string).collect(Collectors.joining(",", "[", "]"))
                        : Json.string(entry.getValue().get(0))))
                .collect(Collectors.joining(",", "{", "}"));
    }
}

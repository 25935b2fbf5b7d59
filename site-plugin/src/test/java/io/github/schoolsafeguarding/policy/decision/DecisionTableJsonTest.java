package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableJsonTest {

    @TempDir
    Path dir;

    @Test
    void writesEachConditionAsTheValuesOrIntervalsItAccepts() {
        DecisionTable table = TestTables.table(dir, "first", List.of(
                "{adult: true, context: [other, romantic], age: \"< 13\"} -> refer",
                "{context: \"not [romantic]\", age: \"[13..15]\"} -> handle",
                "{adult: false, age: \">= 0\"} -> watch",
                "{} -> watch"), List.of());

        assertEquals("{\"id\":\"t\",\"hit_policy\":\"first\","
                + "\"inputs\":[{\"id\":\"adult\",\"type\":\"boolean\"},"
                + "{\"id\":\"context\",\"type\":\"enum\",\"values\":[\"romantic\",\"attention-seeking\",\"other\"]},"
                + "{\"id\":\"age\",\"type\":\"integer\",\"min\":0,\"max\":17}],"
                + "\"outputs\":[{\"id\":\"action\",\"values\":[\"refer\",\"handle\",\"watch\"]}],"
                + "\"rules\":["
                + "{\"number\":1,\"when\":{\"adult\":true,\"context\":[\"romantic\",\"other\"],\"age\":[[0,12]]},\"then\":{\"action\":\"refer\"}},"
                + "{\"number\":2,\"when\":{\"context\":[\"attention-seeking\",\"other\"],\"age\":[[13,15]]},\"then\":{\"action\":\"handle\"}},"
                + "{\"number\":3,\"when\":{\"adult\":false},\"then\":{\"action\":\"watch\"}},"
                + "{\"number\":4,\"when\":{},\"then\":{\"action\":\"watch\"}}]}",
                DecisionTableJson.of(table));
    }

    @Test
    void givesAChecklistsItemsAndItsBoundsAndTheHitPolicy() {
        DecisionTable table = TestTables.read(dir, "signs", """
                id: signs
                question: Call whom?
                hit_policy: collect
                sources: [s]
                inputs:
                  - id: signs
                    question: Which signs?
                    help: Tick each.
                    type: integer
                    checklist: [{id: danger, label: Danger}, {id: injury, label: Injury}]
                outputs:
                  - id: call
                    label: Call
                    values: [{id: "999", label: 999, text: Call 999.}]
                rules:
                  - {when: {signs: ">= 1"}, then: {call: "999"}, why: Danger., source: s}
                """);

        assertEquals("{\"id\":\"signs\",\"hit_policy\":\"collect\","
                + "\"inputs\":[{\"id\":\"signs\",\"type\":\"integer\",\"min\":0,\"max\":2,\"checklist\":[\"danger\",\"injury\"]}],"
                + "\"outputs\":[{\"id\":\"call\",\"values\":[\"999\"]}],"
                + "\"rules\":[{\"number\":1,\"when\":{\"signs\":[[1,2]]},\"then\":{\"call\":\"999\"}}]}",
                DecisionTableJson.of(table));
    }

    @Test
    void noTextCanEndTheScriptElementItIsEmbeddedIn() {
        // the reader refuses such ids, so the table is built directly, as a future reader might allow
        Location here = Location.of(dir);
        EnumInput kind = new EnumInput("kind", "Kind?", "", List.of(new Choice("</script><b>", "Odd"), new Choice("plain", "Plain")), here);
        Output output = new Output("action", "Action", List.of(new OutputValue("a</b", "A", "A.", List.of())), here);
        Rule rule = new Rule(1, List.of(new ValueSet(List.of("</script><b>"), false)), Map.of("action", "a</b"), "", "s", here);
        DecisionTable table = new DecisionTable("t", "Q", HitPolicy.UNIQUE, List.of("s"), List.of(kind), List.of(output),
                List.of(rule), List.of(), here);

        String json = DecisionTableJson.of(table);

        assertEquals(-1, json.indexOf("</"), json);
        assertEquals(2, json.split("<\\\\/script>", -1).length - 1, json);
    }
}

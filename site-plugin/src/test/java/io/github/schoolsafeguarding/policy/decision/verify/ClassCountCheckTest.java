package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassCountCheckTest {

    @TempDir
    Path dir;

    /** Five enums of ten values: every value is a class of its own, so 100,000 classes; with a boolean, twice that. */
    private List<String> findings(boolean withBoolean) {
        String values = IntStream.range(0, 10).mapToObj(value -> "{id: v" + value + ", label: V}").collect(Collectors.joining(", "));
        StringBuilder yaml = new StringBuilder("id: wide\nquestion: Q\nhit_policy: first\nsources: [s]\ninputs:\n");
        IntStream.range(0, 5).forEach(input -> yaml.append("  - {id: choice_").append(input)
                .append(", question: Q, help: H, type: enum, values: [").append(values).append("]}\n"));
        if (withBoolean) {
            yaml.append("  - {id: flag, question: Q, help: H, type: boolean}\n");
        }
        yaml.append("""
                outputs:
                  - id: action
                    label: Action
                    values: [{id: x, label: X, text: X.}]
                rules:
                  - {when: {}, then: {action: x}, why: Always., source: s}
                """);
        return Findings.of(new ClassCountCheck(), TestTables.read(dir, "wide", yaml.toString()));
    }

    @Test
    void aTableWithAsManyClassesAsTheHelperCanTryIsAccepted() {
        assertEquals(List.of(), findings(false));
    }

    @Test
    void aTableWithMoreClassesThanTheHelperCanTryIsRefusedAtItsId() {
        assertEquals(List.of("wide.yaml:1:5: table 'wide' has 200,000 classes of answers (every combination of its 6 inputs'"
                + " values that its rules tell apart), more than the 100,000 its page's decision helper can try in a reader's"
                + " browser — split it into smaller tables that each decide one thing (an outcome can lead to the next table"
                + " with 'next:'), or use fewer inputs, values and integer thresholds"), findings(true));
    }

    @Test
    void theMessyFirstDraftIsRefused() {
        assertEquals(1, Findings.of(new ClassCountCheck(),
                TestTables.read(dir, "messy", LargeTables.messy("messy", HitPolicy.FIRST, 30, 300, 17))).size());
    }
}

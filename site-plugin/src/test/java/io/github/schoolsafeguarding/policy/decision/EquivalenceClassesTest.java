package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquivalenceClassesTest {

    @TempDir
    Path dir;

    @Test
    void splitsIntegersAtTheBoundsTheRulesUseAndKeepsEveryOtherValueApart() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{age: \"< 13\"} -> refer", "{age: \"[13..15]\", adult: true} -> handle", "{} -> watch"), List.of());

        EquivalenceClasses classes = EquivalenceClasses.of(table);

        assertEquals(List.of(IntervalSet.of(0, 0), IntervalSet.of(1, 1)), classes.classes().get(0));
        assertEquals(3, classes.classes().get(1).size());
        assertEquals(List.of(IntervalSet.of(0, 12), IntervalSet.of(13, 15), IntervalSet.of(16, 17)), classes.classes().get(2));
        assertEquals(BigInteger.valueOf(18), classes.count());
    }

    @Test
    void listsOneRepresentativePerClassWithTheLastInputChangingFastest() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{age: \">= 16\"} -> refer", "{} -> watch"), List.of());

        EquivalenceClasses classes = EquivalenceClasses.of(table);
        List<String> described = classes.representatives(100).stream().map(classes::describe).toList();

        assertEquals(12, described.size());
        assertEquals(List.of("adult=false, context=romantic, age=0..15", "adult=false, context=romantic, age=16..17",
                "adult=false, context=attention-seeking, age=0..15"), described.subList(0, 3));
        assertEquals("adult=true, context=other, age=16..17", described.get(11));
    }

    @Test
    void stopsAtTheLimit() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{} -> watch"), List.of());

        assertEquals(BigInteger.valueOf(6), EquivalenceClasses.of(table).count());
        assertEquals(4, EquivalenceClasses.of(table).representatives(4).size());
    }
}

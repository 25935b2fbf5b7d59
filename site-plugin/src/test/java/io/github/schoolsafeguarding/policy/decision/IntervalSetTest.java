package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalSetTest {

    @ParameterizedTest(name = "{0} and {1}: intersect {2}, minus {3}, contains all {4}, intersects {5}")
    @CsvSource(delimiter = ';', value = {
        "{0..9};      {3..5};     {3..5};      {0..2, 6..9}; true;  true",
        "{3..5};      {0..9};     {3..5};      {};           false; true",
        "{0..4};      {5..9};     {};          {0..4};       false; false",
        "{0..4};      {4..9};     {4};         {0..3};       false; true",
        "{0..2, 6..9}; {2..7};    {2, 6..7};   {0..1, 8..9}; false; true",
        "{0..9};      {1, 3, 5};  {1, 3, 5};   {0, 2, 4, 6..9}; true; true",
        "{};          {0..9};     {};          {};           false; false",
    })
    void combinesSets(String a, String b, String intersection, String difference, boolean containsAll, boolean intersects) {
        assertEquals(parse(intersection), parse(a).intersect(parse(b)));
        assertEquals(parse(difference), parse(a).minus(parse(b)));
        assertEquals(containsAll, parse(a).containsAll(parse(b)));
        assertEquals(intersects, parse(a).intersects(parse(b)));
    }

    @Test
    void mergesValuesThatTouch() {
        assertEquals(parse("{1..3, 5}"), IntervalSet.ofValues(3, 1, 2, 5));
        assertEquals(4, IntervalSet.ofValues(3, 1, 2, 5).size());
    }

    @Test
    void cutsIntoAtomsAtEveryBoundOfTheConditions() {
        assertEquals(List.of(parse("{0..12}"), parse("{13..15}"), parse("{16..17}")),
                IntervalSet.of(0, 17).atoms(List.of(parse("{0..12}"), parse("{13..15}"))));
    }

    @Test
    void partitionGroupsAtomsThatTheConditionsCannotTellApart() {
        assertEquals(List.of(parse("{0, 2..4}"), parse("{1}")),
                IntervalSet.of(0, 4).partition(List.of(parse("{1}"), parse("{0..4}"))));
    }

    /** Reads the {@link IntervalSet#toString()} form: {@code {0..2, 6..9}}. */
    private static IntervalSet parse(String text) {
        String inside = text.strip().substring(1, text.strip().length() - 1);
        return IntervalSet.ofValues(Arrays.stream(inside.split(","))
                .filter(part -> !part.isBlank())
                .map(part -> Arrays.stream(part.strip().split("\\.\\.")).mapToInt(Integer::parseInt).toArray())
                .flatMapToInt(bounds -> IntStream.rangeClosed(bounds[0], bounds[bounds.length - 1]))
                .toArray());
    }
}

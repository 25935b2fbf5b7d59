package io.github.schoolsafeguarding.policy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesTextForJson() {
        assertEquals("\"a \\\"b\\\" \\\\ c\\n\"", Json.string("a \"b\" \\ c\n"));
    }

    @Test
    void escapesWhatEndsALineInJavaScript() {
        assertEquals("\"a\\u2028b\\u2029c\\u0001\"", Json.string("a\u2028b\u2029c\u0001"));
    }
}

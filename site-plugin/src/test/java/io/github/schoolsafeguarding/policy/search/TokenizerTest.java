package io.github.schoolsafeguarding.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesAndDropsAccents() {
        assertEquals(List.of("cafe", "naive", "resume"), Tokenizer.words("Café naïve RÉSUMÉ"));
    }

    @Test
    void splitsOnEverythingButLettersAndDigits() {
        assertEquals(List.of("children", "s", "999", "101", "e", "safety", "section", "139aa"),
                Tokenizer.words("children's 999/101 (e-safety), section 139AA."));
    }

    @Test
    void lettersOutsideTheLatinAlphabetSeparateWords() {
        assertEquals(List.of("x", "y"), Tokenizer.words("x²y — «»"));
    }

    @Test
    void givesNothingForNoWords() {
        assertEquals(List.of(), Tokenizer.words(" ,. "));
    }
}

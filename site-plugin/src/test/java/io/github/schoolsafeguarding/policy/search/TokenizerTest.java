package io.github.schoolsafeguarding.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    /** The three rules as written, which the browser follows too: the tokenizer gives their words for any text. */
    @Property(tries = 3000)
    void givesTheWordsOfTheThreeRules(@ForAll("texts") String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "")
                .toLowerCase(Locale.ROOT);
        assertEquals(Arrays.stream(folded.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList(),
                Tokenizer.words(text));
    }

    /** ASCII, and the characters whose decomposing or lower-casing gives ASCII letters or marks. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZz09 -'.,\u00e9\u00c9\u0130\u0131\u212a\u00df\u0301\u00b2\u00ab\u2014\u1e9e\u01c5")
                .withCharRange('\u0000', '\u00ff').ofMaxLength(40);
    }
}

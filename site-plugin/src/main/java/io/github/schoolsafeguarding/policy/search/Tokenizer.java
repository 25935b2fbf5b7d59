package io.github.schoolsafeguarding.policy.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into the words the search index holds. The browser splits what the reader types by
 * the very same three rules ({@code words()} in {@code theme/assets/search.js}), so that a word
 * typed finds the word written:
 *
 * <ol>
 *   <li>decompose (Unicode NFD) and drop the combining diacritical marks U+0300 to U+036F, so that
 *       "café" and "cafe" are one word;</li>
 *   <li>lower-case;</li>
 *   <li>split on every character that is not {@code a-z} or {@code 0-9}: "children's" gives
 *       "children" and "s", "999" stays a word, and letters outside the Latin alphabet are
 *       separators (the guidance is in English).</li>
 * </ol>
 */
public final class Tokenizer {

    private static final Pattern MARKS = Pattern.compile("[\u0300-\u036f]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Tokenizer() {}

    public static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(folded)).filter(word -> !word.isEmpty()).toList();
    }
}

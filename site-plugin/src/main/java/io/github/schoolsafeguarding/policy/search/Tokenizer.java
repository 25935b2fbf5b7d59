package io.github.schoolsafeguarding.policy.search;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private Tokenizer() {}

    public static List<String> words(String text) {
        // ASCII text, which most is, decomposes to itself and has no marks: the first rule is skipped
        String folded = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}

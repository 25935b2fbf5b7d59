package io.github.schoolsafeguarding.policy.yaml;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Suggests the word a maintainer probably meant, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {}

    /** The candidate within two edits of {@code word} that is nearest to it, or {@code null}. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The hint for a word that is not one of {@code candidates}: "did you mean 'age'? its inputs
     * are adult, context, age", or only the list when no candidate is near.
     *
     * @param listIntro introduces the list, such as "its inputs are"
     */
    public static String didYouMean(String word, List<String> candidates, String listIntro) {
        String closest = closest(word, candidates);
        return (closest != null ? "did you mean '" + closest + "'? " : "") + listIntro + " " + String.join(", ", candidates);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

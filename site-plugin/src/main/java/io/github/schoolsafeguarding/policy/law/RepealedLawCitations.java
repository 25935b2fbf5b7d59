package io.github.schoolsafeguarding.policy.law;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.text.PageText;
import io.github.schoolsafeguarding.policy.check.text.Passage;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule {@code law.repealed}: a page must not cite a repealed law as if it were still the law. A
 * sentence cites a law when it links to the law's heading on the legislation page or names it
 * ("section 33 of the Criminal Justice and Courts Act 2015"); it may do so when it says that it
 * speaks of the past, with one of the words in {@link #HISTORICAL}. The legislation page itself,
 * where each law's status is declared, is not read; the decision tables' reasons and outcomes are,
 * since every page that shows a table shows them.
 */
public final class RepealedLawCitations {

    /** Words that tell a reader a sentence is about law that no longer applies. */
    static final Pattern HISTORICAL = Pattern.compile(
            "\\b(?:repealed|replaced|replaces|no longer|historical|historically|formerly|used to|until)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Legislation legislation;
    /** Each repealed law, with the pattern of the names that cite it, made once for every sentence read. */
    private final Map<Law, Pattern> repealed = new LinkedHashMap<>();
    /**
     * Any repealed law's name: a passage where it finds none, and with no link to a repealed law,
     * cites none, so that its sentences need not be looked at one law at a time (a page of 50,000
     * headings has 100,000 passages, and almost none of any page cites a repealed law).
     */
    private final Pattern anyRepealed;

    public RepealedLawCitations(Legislation legislation) {
        this.legislation = legislation;
        legislation.laws().stream().filter(Law::isRepealed).forEach(law -> repealed.put(law, names(law.names())));
        anyRepealed = names(repealed.keySet().stream().flatMap(law -> law.names().stream()).toList());
    }

    /** The names as whole words, in any case. */
    private static Pattern names(List<String> names) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reports each sentence of a page file that cites a repealed law as current. */
    public void check(PageText text, Problems problems) {
        if (repealed.isEmpty() || text.page().meta().layout().filter(Legislation.LAYOUT::equals).isPresent()) {
            return;
        }
        text.passages().forEach(passage -> check(passage, problems));
    }

    /**
     * Reports each sentence of the tables' texts that readers see beside the rules (each rule's
     * {@code why}, each outcome's label and text) that names a repealed law as current, at the rule
     * or the output that holds it.
     */
    public void checkTables(List<DecisionTable> tables, Problems problems) {
        for (DecisionTable table : tables) {
            for (Rule rule : table.rules()) {
                check(rule.why(), rule.location(), problems);
            }
            for (Output output : table.outputs()) {
                for (OutputValue value : output.values()) {
                    check(value.label() + ". " + value.text(), output.location(), problems);
                }
            }
        }
    }

    private void check(String text, Location at, Problems problems) {
        for (String sentence : SENTENCE_END.split(text, -1)) {
            if (HISTORICAL.matcher(sentence).find()) {
                continue;
            }
            repealed.forEach((law, names) -> {
                if (named(sentence, names).isPresent()) {
                    problems.add(Problem.error("law.repealed", at, message(law), fix(law)));
                }
            });
        }
    }

    private void check(Passage passage, Problems problems) {
        // a sentence starts and ends beside a space or a full stop, so a name found in it is found in the whole passage too
        boolean linksToRepealed = passage.headingLinks().stream().anyMatch(link -> link.page().equals(legislation.pagePath())
                && legislation.law(link.anchor()).filter(Law::isRepealed).isPresent());
        if (!linksToRepealed && !anyRepealed.matcher(passage.prose()).find()) {
            return;
        }
        int start = 0;
        for (String sentence : SENTENCE_END.split(passage.text(), -1)) {
            int at = passage.text().indexOf(sentence, start);
            int end = at + sentence.length();
            start = end;
            if (HISTORICAL.matcher(sentence).find()) {
                continue;
            }
            repealed.forEach((law, names) -> citation(passage, law, names, at, end).ifPresent(offset ->
                    problems.add(Problem.error("law.repealed", passage.locate().apply(offset), message(law), fix(law)))));
        }
    }

    /**
     * Where in the sentence from {@code start} to {@code end} the passage cites {@code law}, known by
     * {@code names}, if it does.
     */
    private OptionalInt citation(Passage passage, Law law, Pattern names, int start, int end) {
        for (Passage.HeadingLink link : passage.headingLinks()) {
            if (link.page().equals(legislation.pagePath()) && link.anchor().equals(law.id())
                    && link.start() >= start && link.start() < end) {
                return OptionalInt.of(link.start());
            }
        }
        OptionalInt named = named(passage.prose().substring(start, end), names);
        return named.isPresent() ? OptionalInt.of(start + named.getAsInt()) : named;
    }

    /** Where {@code sentence} names a law, by one of the {@code names} it is cited by, if it does. */
    private static OptionalInt named(String sentence, Pattern names) {
        Matcher named = names.matcher(sentence);
        return named.find() ? OptionalInt.of(named.start()) : OptionalInt.empty();
    }

    private String message(Law law) {
        Law.Repeal repeal = law.repeal().orElseThrow();
        return "this cites " + law.name() + " as if it were still the law, but it was repealed on "
                + DAY.format(repeal.on()) + " by " + repeal.by();
    }

    private String fix(Law law) {
        String instead = law.repeal().flatMap(Law.Repeal::replacedBy).flatMap(legislation::law)
                .map(replacement -> "cite " + replacement.name() + " instead (link to "
                        + legislation.pagePath() + "#" + replacement.id() + "), or, ")
                .orElse("state the law as it is now, or, ");
        return instead + "if the sentence is about the old law, say so in it (for example 'was repealed in "
                + law.repeal().orElseThrow().on().getYear() + "' or 'until " + law.repeal().orElseThrow().on().getYear()
                + "')";
    }
}

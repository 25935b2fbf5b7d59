package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a page's {@code amendments:}, a list of what changed and when:
 *
 * <pre>
 * amendments:
 *   - date: 2026-11-22
 *     change: Added a blank for who approved the policy.
 * </pre>
 *
 * Each problem is reported at the line the maintainer must edit.
 */
final class Amendments {

    static final String KEY = "amendments";
    private static final List<String> ITEM_KEYS = List.of("date", "change");

    /**
     * Fewer words than this cannot say what changed ("Updated.", "Minor changes."), which is what a
     * school subscribing to the amendments needs to know.
     */
    private static final int FEWEST_WORDS = 4;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Amendments() {}

    /** The page's amendments, newest first; those with a problem are left out. */
    static List<Amendment> read(YamlValue frontMatter, Optional<LocalDate> lastReviewed, Problems problems) {
        Optional<YamlValue> list = frontMatter.get(KEY);
        if (list.isEmpty()) {
            return List.of();
        }
        if (!list.get().isList()) {
            problems.add(Problem.error("yaml.not-list", list.get().location(), "'" + KEY + "' should be a list",
                    "start each amendment with '- date: YYYY-MM-DD' and give its 'change:' on the next line"));
            return List.of();
        }
        List<Amendment> amendments = new ArrayList<>();
        Map<LocalDate, Amendment> byDate = new HashMap<>();
        for (YamlValue item : list.get().items()) {
            readOne(item, lastReviewed, problems).ifPresent(amendment -> {
                Amendment sameDay = byDate.putIfAbsent(amendment.date(), amendment);
                if (sameDay == null) {
                    amendments.add(amendment);
                } else {
                    // the feed names each amendment by its page and date, so a second one that day would clash
                    problems.add(Problem.error("page.amendment-same-day", amendment.location(),
                            "the page has two amendments dated " + DAY.format(amendment.date()) + " (the other is on line "
                                    + sameDay.location().line() + ")",
                            "say both changes in one amendment's 'change:', or correct the date"));
                }
            });
        }
        amendments.sort(Comparator.comparing(Amendment::date).reversed());
        return List.copyOf(amendments);
    }

    private static Optional<Amendment> readOne(YamlValue item, Optional<LocalDate> lastReviewed, Problems problems) {
        if (!item.isMap()) {
            problems.add(Problem.error("page.amendment-not-map", item.location(),
                    "an amendment should give its date and change",
                    "write '- date: YYYY-MM-DD', then '  change: what changed, in one sentence' on the next line"));
            return Optional.empty();
        }
        item.allowOnly(ITEM_KEYS, problems);
        Optional<LocalDate> date = item.requireDate("date", problems);
        Optional<String> change = item.requireText("change", problems,
                "one sentence saying what changed, in plain English");
        change.filter(text -> text.split("\\s+").length < FEWEST_WORDS).ifPresent(text -> problems.add(
                Problem.warning("page.amendment-vague", item.get("change").orElseThrow().location(),
                        "the amendment '" + text + "' does not say what changed",
                        "say in one sentence what a school would now find different, for example 'Added the"
                                + " out-of-hours number for children's social care.'")));
        if (date.isPresent() && lastReviewed.isPresent() && date.get().isAfter(lastReviewed.get())) {
            problems.add(Problem.error("page.amendment-after-review", item.get("date").orElseThrow().location(),
                    "the amendment is dated " + DAY.format(date.get()) + ", after the page was last reviewed ("
                            + DAY.format(lastReviewed.get()) + ")",
                    "a change is made at a review: set 'last_reviewed' to the day of the change, or correct its date"));
        }
        if (date.isEmpty() || change.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Amendment(date.get(), change.get(), item.location()));
    }
}

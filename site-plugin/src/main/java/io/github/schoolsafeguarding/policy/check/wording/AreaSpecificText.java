package io.github.schoolsafeguarding.policy.check.wording;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.text.PageText;
import io.github.schoolsafeguarding.policy.check.text.Passage;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.AreaPassages;
import io.github.schoolsafeguarding.policy.content.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that a shared page, which every area publishes, does not name an area in its running
 * text ({@code page.area-specific-text}): "In London, ask your Safer Schools Officer" would send a
 * reader in another area to someone they do not have. Such text belongs in an area passage (see
 * {@link AreaPassages}).
 *
 * <p>An area is named by {@link #names its names}, as whole words with their capitals, in a page's
 * summary, paragraphs, headings, list items and table cells. A name is not reported
 *
 * <ul>
 *   <li>inside a passage for that area;
 *   <li>where it names a document ("the Metropolitan Police handbook", "Bedfordshire Police's
 *       guidance", "the North Somerset flowchart", "the Bedfordshire boards' glossary"): every area's readers may weigh where a piece of
 *       advice comes from, and sources keep the names their publishers gave them;
 *   <li>in code, which is quoted from a file, not the guidance speaking.
 * </ul>
 *
 * An area's own pages are not checked: only that area publishes them.
 */
public final class AreaSpecificText {

    /**
     * What may follow a name for it to name a document: the words a publisher adds ("boards'",
     * "Police", "safeguarding children"), then a kind of document.
     */
    private static final Pattern DOCUMENT = Pattern.compile("(?:['’]s?)?(?:\\s+(?:Police|boards|safeguarding|children|child|protection"
            + "|LSCB|practice|Safer|Schools|referral|risk|assessment|disruption|online|current)(?:['’]s?)?)*"
            + "\\s+(?:guidance|handbook|flowchart|tool|toolkit|documents?|procedures?|form|website|glossary|advice)\\b");

    /** Each area's names, compiled once: a page has a block for each paragraph, and a partnership may have 150 areas. */
    private final List<Names> areas;

    public AreaSpecificText(List<Area> areas) {
        this.areas = areas.stream().map(area -> new Names(area, names(area), pattern(area))).toList();
    }

    /**
     * An area's names, as words and as the pattern that finds them whole: a block that holds none of
     * the words, as most do, is passed over without the pattern, which looks at every character.
     */
    private record Names(Area area, Set<String> words, Pattern pattern) {

        boolean mayBeIn(String text) {
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The words that name an area: its name, its police force's name, and the force's name without
     * its last word as people shorten it ("the Metropolitan Police", "Avon and Somerset").
     */
    public static Set<String> names(Area area) {
        Set<String> names = new LinkedHashSet<>();
        names.add(area.name());
        names.add(area.policeForce());
        int lastSpace = area.policeForce().lastIndexOf(' ');
        if (lastSpace > 0) {
            names.add(area.policeForce().substring(0, lastSpace));
        }
        names.removeIf(String::isBlank);
        return names;
    }

    /** Any of an area's names as a whole word, the longest first so that each place is found once. */
    public static Pattern pattern(Area area) {
        List<String> longestFirst = new ArrayList<>(names(area));
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", longestFirst.stream().map(Pattern::quote)
                .toList()) + ")(?![\\p{L}\\p{N}])");
    }

    /** Where {@code text} names {@code area}, other than where it names one of its documents. */
    public static List<MatchResult> namings(String text, Area area) {
        return namings(text, pattern(area));
    }

    private static List<MatchResult> namings(String text, Pattern areaNames) {
        Matcher named = areaNames.matcher(text);
        List<MatchResult> found = new ArrayList<>();
        while (named.find()) {
            if (!DOCUMENT.matcher(text).region(named.end(), text.length()).lookingAt()) {
                found.add(named.toMatchResult());
            }
        }
        return found;
    }

    /**
     * Checks a shared page against every area's names.
     *
     * @param opened the page's text with every area passage in place, as {@link Page#withEveryPassage} gives it
     */
    public void check(Page page, PageText opened, Problems problems) {
        List<AreaPassages.Passage> passages = AreaPassages.of(page.body()).passages();
        for (Passage block : opened.passages()) {
            for (Names names : areas) {
                if (!names.mayBeIn(block.prose())) {
                    continue;
                }
                Area area = names.area();
                for (MatchResult named : namings(block.prose(), names.pattern())) {
                    Location at = block.locate().apply(named.start());
                    int line = at.line() - page.bodyLine();
                    boolean inOwnPassage = at.file().equals(page.file()) && passages.stream()
                            .anyMatch(passage -> passage.holds(line) && passage.areas().contains(area.id()));
                    if (!inOwnPassage) {
                        problems.add(Problem.warning("page.area-specific-text", at,
                                "'" + named.group() + "' on a page every area publishes: readers in other areas"
                                        + " would read " + area.name() + "'s arrangements as their own",
                                "move the text into a passage for the area (```area " + area.id()
                                        + " … ```), with an ```area other passage saying what readers elsewhere"
                                        + " do; or say it without naming the area"));
                    }
                }
            }
        }
    }
}

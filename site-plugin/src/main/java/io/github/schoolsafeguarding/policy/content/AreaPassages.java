package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The passages of a shared page that only some areas publish, so that a reader sees their own
 * area's arrangements and no other's:
 *
 * <pre>
 * ```area london
 * In London, ask your Safer Schools Officer.
 * ```
 * ```area other
 * Ask your named police contact.
 * ```
 * </pre>
 *
 * A passage's body is Markdown like the rest of the page: placeholders, links, headings and other
 * blocks (with their own fences) work inside it. A passage names one or more areas by id, or
 * {@code other}: passages that follow each other with only blank lines between them are one choice,
 * whose {@code other} passage is shown in every area that has no passage of its own in that choice.
 *
 * <p>Passages are resolved before the page is read as Markdown, so a heading inside one is in the
 * contents list and the search index of its areas only. Every line keeps its number (the fences and
 * the passages an area does not show become blank lines), so problems still point at the file.
 */
public final class AreaPassages {

    /** The word that opens a passage's info string. */
    public static final String BLOCK = "area";

    /** The passage for every area without its own. */
    public static final String OTHER = "other";

    /**
     * One passage.
     *
     * @param areas the ids it names, or just {@link #OTHER}
     * @param open the index of its opening fence's line in the body; {@code close} of its closing
     *     fence's, or the number of lines where it has none, since it then runs to the end
     * @param choice the passages before it, then it, with only blank lines between them, counted from
     *     0 for the page's first choice
     */
    public record Passage(List<String> areas, int open, int close, int choice, boolean closed) {

        public boolean isOther() {
            return areas.contains(OTHER);
        }

        /** Whether line {@code index} of the body is one of the passage's own lines, between its fences. */
        public boolean holds(int index) {
            return open < index && index < close;
        }
    }

    private final String body;
    private final String[] lines;
    private final List<Passage> passages;

    private AreaPassages(String body, String[] lines, List<Passage> passages) {
        this.body = body;
        this.lines = lines;
        this.passages = passages;
    }

    /** Finds the passages of a page body. */
    public static AreaPassages of(String body) {
        if (!body.contains("```") && !body.contains("~~~")) {
            // no fence, so no passage: most pages, read several times a build
            return new AreaPassages(body, new String[] {body}, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<Passage> passages = new ArrayList<>();
        int choice = -1;
        int lastClose = Integer.MIN_VALUE;
        for (int index = 0; index < lines.length; index++) {
            Optional<Fences.Fence> fence = Fences.fence(lines[index]);
            if (fence.isEmpty()) {
                continue;
            }
            int close = Fences.closingFence(lines, index + 1, fence.get().marks());
            List<String> words = List.of(fence.get().info().split("\\s+"));
            if (words.get(0).equals(BLOCK)) {
                if (!onlyBlankBetween(lines, lastClose + 1, index)) {
                    choice++;
                }
                passages.add(new Passage(words.subList(1, words.size()), index, close, choice,
                        close < lines.length));
                lastClose = close;
                index = close;
            } else {
                // another kind of block: what it holds is code or its own content, not passages
                index = Math.min(close, lines.length - 1);
            }
        }
        return new AreaPassages(body, lines, List.copyOf(passages));
    }

    private static boolean onlyBlankBetween(String[] lines, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (int index = from; index < to; index++) {
            if (!lines[index].isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<Passage> passages() {
        return passages;
    }

    /**
     * The body as area {@code areaId} publishes it: its own passages and the {@code other} passage of
     * each choice that has none for it, without their fences; the other passages blank.
     */
    public String forArea(String areaId) {
        if (passages.isEmpty()) {
            // the very text: a result kept under it is found again without comparing it
            return body;
        }
        String[] shown = lines.clone();
        for (Passage passage : passages) {
            boolean shows = passage.areas().contains(areaId)
                    || passage.isOther() && passages.stream().noneMatch(other ->
                            other.choice() == passage.choice() && other.areas().contains(areaId));
            blank(shown, passage, shows);
        }
        return String.join("\n", shown);
    }

    /** The body with every passage's text in place, for the checks of what a page says in any area. */
    public String everyPassage() {
        if (passages.isEmpty()) {
            return body;
        }
        String[] shown = lines.clone();
        passages.forEach(passage -> blank(shown, passage, true));
        return String.join("\n", shown);
    }

    /** Blanks the passage's fences, and its text unless {@code keepText}. */
    private static void blank(String[] shown, Passage passage, boolean keepText) {
        for (int index = passage.open(); index <= Math.min(passage.close(), shown.length - 1); index++) {
            if (!keepText || !passage.holds(index)) {
                shown[index] = "";
            }
        }
    }

    /**
     * Checks the passages of a page: each names areas that exist (or {@code other}), an area at most
     * once in a choice, and is closed.
     */
    public void check(Page page, Collection<String> areaIds, Problems problems) {
        Set<String> known = new TreeSet<>(areaIds);
        for (Passage passage : passages) {
            Location at = Location.of(page.file(), page.bodyLine() + passage.open());
            if (passage.areas().isEmpty() || passage.isOther() && passage.areas().size() > 1) {
                problems.add(Problem.error("page.area-passage", at,
                        "an area passage names the areas it is for, or 'other'",
                        "write ```area followed by area ids (" + String.join(", ", known) + ") or ```area other"));
            }
            if (!passage.closed()) {
                problems.add(Problem.error("page.area-passage", at,
                        "this area passage has no closing fence, so it runs to the end of the page",
                        "close it with a line of " + lines[passage.open()].strip().replaceAll("[^`~].*", "")
                                + " after its last line"));
            }
            for (String id : passage.areas()) {
                if (!id.equals(OTHER) && !known.contains(id)) {
                    problems.add(Problem.error("page.unknown-area", at,
                            "there is no area '" + id + "', so no reader would see this passage",
                            "use one of the areas' ids: " + String.join(", ", known)
                                    + " (the folder names under content/areas)"));
                }
                Passage first = passages.stream().filter(other -> other.choice() == passage.choice()
                        && other.areas().contains(id)).findFirst().orElseThrow();
                if (first != passage) {
                    problems.add(Problem.error("page.area-passage", at,
                            "'" + id + "' already has a passage in this run of passages, at line "
                                    + (page.bodyLine() + first.open()),
                            "merge the two passages, or put text that every area sees between them"));
                }
            }
        }
    }
}

package io.github.schoolsafeguarding.policy.check.wording;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.text.Passage;
import io.github.schoolsafeguarding.policy.content.Duty;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording rule: 'must' only where a source states a legal or mandatory duty, as procedure
 * manuals use it. Anything else is advice, and guidance that says 'must' for advice teaches readers
 * to skim past the word where it counts. A 'must' (or 'must not', 'mustn't') in a block of a page's
 * text or in its summary is accepted when
 *
 * <ul>
 *   <li>the same block cites the law: it links to a section of the legislation page, or names the law
 *       the way {@link #NAMED_LAW} lists;
 *   <li>the word stands inside quotation marks, where the page reports a source's own word; or
 *   <li>the page declares the duty under {@code duties:} in its front matter, with the words that
 *       state it, the source and where the source says so.
 * </ul>
 *
 * Any other 'must' is a warning ({@code wording.must}), and so is a declared duty whose words are no
 * longer on the page ({@code wording.unused-duty}), so declarations cannot go stale. Code, inline or
 * fenced, is not checked: it is quoted from a file, not the guidance speaking.
 */
public final class MandatoryWording {

    /**
     * The word as a whole word in any case, with a following 'not' so that the warning quotes what
     * the page says; 'mustard', 'Mustafa' and 'must-have' are other words.
     */
    static final Pattern MUST = Pattern.compile("(?<![\\p{L}\\p{N}_-])must(?:n['’]t)?(?![\\p{L}\\p{N}_-])(?:\\s+not\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What names the law in a block, precisely:
     *
     * <ul>
     *   <li>an Act with its year: "Children Act 1989", "the Children Acts 1989 and 2004";
     *   <li>regulations or an order with its year: "… Accessibility Regulations 2018", "… Order 2005";
     *   <li>a numbered section of an Act: "section 47", "Sections 28 to 32", "section 123(3)", but not a
     *       document's own numbering such as "section 3.1.9";
     *   <li>the statutory guidance by its title: "Keeping Children Safe in Education" and "Working
     *       Together to Safeguard Children".
     * </ul>
     */
    static final Pattern NAMED_LAW = Pattern.compile("\\b(?:Acts?|Regulations|Order) (?:1[89]|20)\\d\\d\\b"
            + "|\\b(?i:sections?) \\d+[A-Z]*(?:\\(\\w+\\))?(?!\\.?\\d)"
            + "|Keeping Children Safe in Education|Working Together to Safeguard Children");

    private final MarkdownRenderer markdown;

    public MandatoryWording(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Checks each page file given once: the shared pages, and each area's own. */
    public void check(Collection<Page> pages, Problems problems) {
        PageFailure.checkingEach("checking the mandatory wording", pages, Page::file, page -> check(page, problems));
    }

    private void check(Page page, Problems problems) {
        List<Passage> passages = new ArrayList<>();
        passages.add(Passage.summary(page));
        passages.addAll(Passage.blocks(page, markdown.parse(page.body())));
        List<Duty> unused = new ArrayList<>(page.meta().duties());
        for (Passage passage : passages) {
            boolean citesLaw = passage.linksToLegislation() || NAMED_LAW.matcher(passage.prose()).find();
            Matcher must = MUST.matcher(passage.prose());
            while (must.find()) {
                int start = must.start();
                int end = must.end();
                List<Duty> declared = page.meta().duties().stream()
                        .filter(duty -> passage.says(duty.says(), start, end))
                        .toList();
                unused.removeAll(declared);
                if (!citesLaw && !passage.quotes(start, end) && declared.isEmpty()) {
                    problems.add(Problem.warning("wording.must", passage.locate().apply(start),
                            "'" + must.group().replaceAll("\\s+", " ") + "' with no legal or mandatory duty cited",
                            "say 'should', or give the instruction ('Tell the police …'); if a law or a mandatory"
                                    + " procedure imposes the duty, cite it: link to its section of the legislation"
                                    + " page, or declare it under 'duties:' in the front matter (says, source, where)"));
                }
            }
        }
        for (Duty duty : unused) {
            problems.add(Problem.warning("wording.unused-duty", duty.location(),
                    "the duty '" + duty.says() + "' matches no 'must' on the page",
                    "copy into 'says:' the page's words around its 'must', as the reader sees them,"
                            + " or remove the duty if the page no longer states it"));
        }
    }
}

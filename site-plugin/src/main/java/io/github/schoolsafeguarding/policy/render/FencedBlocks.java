package io.github.schoolsafeguarding.policy.render;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.util.Optional;

/**
 * Turns fenced blocks of a kind the site knows (a decision table, a worked example) into HTML, so
 * that a page can show live, checked content where Markdown alone would only show code.
 */
public interface FencedBlocks {

    /** Leaves every fenced block as code. */
    FencedBlocks NONE = (pagePath, info, body, at, problems) -> Optional.empty();

    /**
     * The HTML for a fenced block, or empty when {@code info} names no kind this knows.
     *
     * @param pagePath the page the block is on, for relative links
     * @param info the block's info string, e.g. {@code decision-table sharing-nudes-referral}
     * @param at where the block's opening fence is
     */
    Optional<String> render(String pagePath, String info, String body, Location at, Problems problems);

    /** These blocks, then {@code others} for a block these do not know. */
    default FencedBlocks or(FencedBlocks others) {
        return (pagePath, info, body, at, problems) -> render(pagePath, info, body, at, problems)
                .or(() -> others.render(pagePath, info, body, at, problems));
    }
}

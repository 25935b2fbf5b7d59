package io.github.schoolsafeguarding.policy.compliance;

import io.github.schoolsafeguarding.policy.content.Source;
import java.time.LocalDate;

/** Whether a source document is still the one to rely on, on a given day. */
public enum SourceCurrency {
    CURRENT("Current"),
    PAST_REVIEW_DATE("Past its review date"),
    SUPERSEDED("Superseded");

    private final String label;

    SourceCurrency(String label) {
        this.label = label;
    }

    /** What the compliance report and a page's list of sources show. */
    public String label() {
        return label;
    }

    /** A replaced source is superseded whatever its review date says. */
    public static SourceCurrency of(Source source, LocalDate today) {
        if (source.supersededBy().isPresent()) {
            return SUPERSEDED;
        }
        return source.isOutOfDate(today) ? PAST_REVIEW_DATE : CURRENT;
    }
}

package io.github.schoolsafeguarding.policy.compliance;

import java.time.LocalDate;

/**
 * How current a dated thing is on a given day: a page against its review date, a contact or a kept
 * source against the age after which it must be checked again.
 */
public enum ReviewStatus {
    CURRENT("Current"),
    DUE_SOON("Review due soon"),
    OVERDUE("Review overdue");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** What the compliance report shows. */
    public String label() {
        return label;
    }

    /**
     * The status on {@code today} of something due on {@code due}: overdue the day after, due soon
     * within {@code soonDays} of it.
     */
    public static ReviewStatus of(LocalDate due, LocalDate today, int soonDays) {
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return today.plusDays(soonDays).isBefore(due) ? CURRENT : DUE_SOON;
    }
}

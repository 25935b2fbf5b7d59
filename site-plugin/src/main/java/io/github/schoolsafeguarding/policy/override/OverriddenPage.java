package io.github.schoolsafeguarding.policy.override;

import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Page;

/**
 * An area's own copy of a shared page, which the area publishes instead of the shared one.
 *
 * @param copy the area's page, at the same path as {@code shared}
 * @param shared the shared page as it is now
 */
public record OverriddenPage(Area area, Page copy, Page shared, Status status) {

    /** Whether the copy still follows the shared page it was made from, in the compliance report's words. */
    public enum Status {
        UP_TO_DATE("Up to date", "green"),
        STALE("Shared page changed", "red"),
        UNRECORDED("Version not recorded", "yellow");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour the compliance report shows it in. */
        public String colour() {
            return colour;
        }
    }

    public String path() {
        return copy.path();
    }
}

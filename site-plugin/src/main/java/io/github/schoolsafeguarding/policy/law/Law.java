package io.github.schoolsafeguarding.policy.law;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One act, or one section of an act, on the legislation page, with whether it is still the law: the
 * guidance was written from documents of 2014 to 2022, and the law they cite has moved on since.
 *
 * @param id the id of its heading on the legislation page, which pages link to
 * @param name the heading's text, such as "Sexual Offences Act 2003, section 15"
 * @param text where the current text was read (legislation.gov.uk)
 * @param checked the day someone read the current text; empty when nobody has yet
 * @param changes for an amended law, what changed that matters to a school, oldest first
 * @param repeal for a repealed law, when, by what and what replaces it
 * @param names the words that cite it in a page's text: its name in the forms pages write it, and
 *     any others the block gives (a body it set up, for example)
 * @param location the {@code law} block, for problems with what it says
 */
public record Law(
        String id,
        String name,
        Status status,
        String text,
        Optional<LocalDate> checked,
        List<Change> changes,
        Optional<Repeal> repeal,
        List<String> names,
        Location location) {

    public enum Status {
        IN_FORCE("in-force", "In force"),
        AMENDED("amended", "Amended"),
        REPEALED("repealed", "Repealed");

        private final String id;
        private final String label;

        Status(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        /** The status in words, as readers see it. */
        public String label() {
            return label;
        }
    }

    /** A change to the law since the guidance's sources cited it; {@code date} is when it came into force. */
    public record Change(Optional<LocalDate> date, String by, String what) {}

    /** @param replacedBy the id of the heading of what replaces it on the legislation page, if anything does */
    public record Repeal(LocalDate on, String by, Optional<String> replacedBy) {}

    public boolean isRepealed() {
        return status == Status.REPEALED;
    }
}

package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.List;
import java.util.Optional;

/**
 * A service a school may need to call, in one area or nationally.
 *
 * @param id unique among the national contacts and the area's own, used by placeholders
 *     ({@code {{contact.<id>.phone}}})
 * @param roles what the contact is for ({@code police-non-emergency}, {@code childrens-social-care});
 *     decision outcomes name roles so that each area shows its own numbers
 * @param source the short name of the document the details were copied from
 * @param confirmed who confirmed the details with the service, when and how; empty while they are
 *     only as the source gives them
 */
public record Contact(
        String id,
        List<String> roles,
        String organisation,
        Optional<String> service,
        Optional<String> purpose,
        List<Phone> phones,
        Optional<String> email,
        Optional<String> website,
        String source,
        Optional<Confirmation> confirmed,
        Optional<String> notes,
        Location location) {

    /**
     * Ends the role of the contacts that stand in for a role's when its offices are closed:
     * {@code childrens-social-care-out-of-hours} for {@code childrens-social-care}.
     */
    public static final String OUT_OF_HOURS = "-out-of-hours";

    /** The role of the contacts a reader calls when the contacts of {@code role} are closed. */
    public static String outOfHoursRole(String role) {
        return role.endsWith(OUT_OF_HOURS) ? role : role + OUT_OF_HOURS;
    }

    /**
     * Whether the contact is known to be open in the daytime only: every number it has gives the
     * hours it is answered ({@code hours:}), and none is answered round the clock (see
     * {@link Phone#isRoundTheClock()}). A number whose hours no source gives is not assumed closed.
     */
    public boolean isDaytimeOnly() {
        return !phones.isEmpty() && phones.stream().allMatch(phone -> phone.hours().isPresent())
                && phones.stream().noneMatch(Phone::isRoundTheClock);
    }

    /** The name a reader knows the contact by: the service where there is one, else the organisation. */
    public String name() {
        return service.orElse(organisation);
    }
}

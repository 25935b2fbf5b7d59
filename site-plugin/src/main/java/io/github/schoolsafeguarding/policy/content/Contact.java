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

    /** The name a reader knows the contact by: the service where there is one, else the organisation. */
    public String name() {
        return service.orElse(organisation);
    }
}

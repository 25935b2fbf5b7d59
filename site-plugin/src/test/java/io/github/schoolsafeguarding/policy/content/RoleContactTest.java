package io.github.schoolsafeguarding.policy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which contacts a reader is shown for some roles, and when a contact counts as open in the daytime only. */
class RoleContactTest {

    private static Contact contact(String id, List<String> roles, Phone... phones) {
        return new Contact(id, roles, "Council", Optional.empty(), Optional.empty(), List.of(phones), Optional.empty(),
                Optional.empty(), "test-source", Optional.empty(), Optional.empty(), Location.of(Path.of("area.yaml"), 1));
    }

    private static Phone phone(String hours) {
        return new Phone("01234 500001", Optional.ofNullable(hours), Optional.empty());
    }

    private static List<String> listed(List<Contact> contacts, List<String> roles) {
        return RoleContact.forRoles(contacts, roles).stream()
                .map(entry -> entry.contact().id() + (entry.outOfHours() ? " (out of hours)" : "")).toList();
    }

    @Test
    void eachRolesContactsComeFirstThenTheOnesForWhenItIsClosedEachOnce() {
        Contact police = contact("police", List.of("police"));
        Contact hub = contact("hub", List.of("social-care"));
        Contact duty = contact("duty", List.of("social-care-out-of-hours"));
        Contact bureau = contact("bureau", List.of("social-care", "intelligence"));
        List<Contact> area = List.of(duty, hub, police, bureau);

        assertEquals(List.of("hub", "bureau", "duty (out of hours)", "police"),
                listed(area, List.of("social-care", "police")));
        assertEquals(List.of("hub", "bureau", "duty (out of hours)"),
                listed(area, List.of("social-care", "social-care-out-of-hours", "intelligence")),
                "an outcome that names the out-of-hours role too lists it once, next to the daytime one");
        assertEquals(List.of("duty (out of hours)"), listed(area, List.of("social-care-out-of-hours")));
        assertEquals(List.of(), listed(area, List.of("lado")));
    }

    @Test
    void aContactIsDaytimeOnlyWhenEveryNumberGivesHoursAndNoneIsRoundTheClock() {
        assertTrue(contact("hub", List.of(), phone("Monday to Friday, 9am to 5pm")).isDaytimeOnly());
        assertFalse(contact("line", List.of(), phone("Monday to Friday, 9am to 5pm"), phone("24 hours a day, every day"))
                .isDaytimeOnly());
        assertFalse(contact("line", List.of(), phone("24/7")).isDaytimeOnly());
        assertFalse(contact("hub", List.of(), phone("Monday to Friday, 9am to 5pm"), phone(null)).isDaytimeOnly(),
                "a number whose hours no source gives is not assumed closed at night");
        assertFalse(contact("panel", List.of()).isDaytimeOnly(), "a contact with no number has no hours to go by");
        assertEquals("social-care-out-of-hours", Contact.outOfHoursRole("social-care"));
        assertEquals("social-care-out-of-hours", Contact.outOfHoursRole("social-care-out-of-hours"));
    }
}

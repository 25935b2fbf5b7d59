package io.github.schoolsafeguarding.policy.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A contact listed for a role a reader is told to call, and whether it is the one to call out of
 * hours. Each role's own contacts come first, then the contacts of its out-of-hours role
 * ({@link Contact#outOfHoursRole}), so that the night-time number always stands next to the daytime
 * one, whether or not the outcome or page names the out-of-hours role itself.
 */
public record RoleContact(Contact contact, boolean outOfHours) {

    /**
     * The contacts for {@code roles}, in the order the roles are named, each contact once.
     *
     * @param contacts every contact a reader in the area sees, the area's own first
     */
    public static List<RoleContact> forRoles(List<Contact> contacts, List<String> roles) {
        List<RoleContact> found = new ArrayList<>();
        for (String role : roles) {
            String outOfHours = Contact.outOfHoursRole(role);
            if (!role.equals(outOfHours)) {
                add(contacts, role, false, found);
            }
            add(contacts, outOfHours, true, found);
        }
        return found;
    }

    private static void add(List<Contact> contacts, String role, boolean outOfHours, List<RoleContact> found) {
        contacts.stream().filter(contact -> contact.roles().contains(role))
                .filter(contact -> found.stream().noneMatch(listed -> listed.contact().equals(contact)))
                .forEach(contact -> found.add(new RoleContact(contact, outOfHours)));
    }
}

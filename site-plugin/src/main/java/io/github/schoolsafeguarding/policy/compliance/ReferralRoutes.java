package io.github.schoolsafeguarding.policy.compliance;

import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Phone;
import io.github.schoolsafeguarding.policy.content.RoleContact;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcomes that send a school to a service that takes referrals (a role under
 * {@code checks: secure_email: roles:} in site.yaml), and whether an area gives a number to call for
 * each in office hours and out of hours. Where a source gives no number (London's boroughs each have
 * their own), the outcome shows the source's advice instead, and the compliance report says which
 * number is missing, so that the partnership can add it.
 */
public final class ReferralRoutes {

    /**
     * A referral role an outcome names for which the area gives no number to tap in office hours,
     * out of hours, or both.
     */
    public record Gap(DecisionTable table, OutputValue outcome, String role, boolean noOfficeHoursNumber,
            boolean noOutOfHoursNumber) {

        /** What is missing, as the report says it. */
        public String missing() {
            return noOfficeHoursNumber && noOutOfHoursNumber ? "No number for office hours or out of hours"
                    : noOfficeHoursNumber ? "No number for office hours" : "No number for out of hours";
        }
    }

    private ReferralRoutes() {}

    /**
     * For every outcome of every table, in table order, each referral role it names (not an
     * out-of-hours role: those are counted with the role they stand in for) that lacks a number in
     * {@code area}.
     */
    public static List<Gap> gaps(Content content, Area area) {
        List<String> referralRoles = content.site().checks().secureEmailRoles();
        List<Contact> contacts = content.contactsFor(area);
        List<Gap> gaps = new ArrayList<>();
        for (DecisionTable table : content.decisions()) {
            for (Output output : table.outputs()) {
                for (OutputValue value : output.values()) {
                    // as the outcome lists them: a contact it names for another role is not listed twice
                    List<Contact> listed = RoleContact.forRoles(contacts, value.contacts()).stream()
                            .map(RoleContact::contact).toList();
                    for (String role : value.contacts().stream().filter(referralRoles::contains)
                            .filter(role -> !role.equals(Contact.outOfHoursRole(role))).toList()) {
                        boolean officeHours = listed.stream().anyMatch(contact -> contact.roles().contains(role)
                                && !contact.phones().isEmpty());
                        boolean outOfHours = listed.stream().anyMatch(contact ->
                                contact.roles().contains(Contact.outOfHoursRole(role)) && !contact.phones().isEmpty()
                                        || contact.roles().contains(role)
                                                && contact.phones().stream().anyMatch(Phone::isRoundTheClock));
                        if (!officeHours || !outOfHours) {
                            gaps.add(new Gap(table, value, role, !officeHours, !outOfHours));
                        }
                    }
                }
            }
        }
        return gaps;
    }
}

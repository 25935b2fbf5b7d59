package io.github.schoolsafeguarding.policy.compliance;

import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact roles decision outcomes name that an area supplies no contact for, and that no
 * national contact covers: a reader told to call such a service would find no way to reach it. One
 * entry a role, with every outcome that needs it, so that an area adding its contacts sees each role
 * once (the build's warning, and the compliance report, say the same).
 */
public final class MissingRoles {

    /** An outcome that names the role: its table, and the output it is a value of (for its line). */
    public record Need(DecisionTable table, Output output, OutputValue outcome) {}

    /** A role the area has no contact for, and the outcomes that need it, in table order. */
    public record MissingRole(String role, List<Need> neededBy) {

        public MissingRole {
            neededBy = List.copyOf(neededBy);
        }
    }

    private MissingRoles() {}

    /** Every role the outcomes name that no contact of {@code area} nor any national contact has. */
    public static List<MissingRole> of(Content content, Area area) {
        return without(content, content.contactsFor(area));
    }

    /**
     * Every role the outcomes name that none of {@code contacts} has: given the national contacts,
     * the roles a new area has to supply; given none, every role the outcomes name.
     */
    public static List<MissingRole> without(Content content, List<Contact> contacts) {
        Map<String, List<Need>> missing = new LinkedHashMap<>();
        for (DecisionTable table : content.decisions()) {
            for (Output output : table.outputs()) {
                for (OutputValue value : output.values()) {
                    value.contacts().stream()
                            .filter(role -> contacts.stream().noneMatch(contact -> contact.roles().contains(role)))
                            .forEach(role -> missing.computeIfAbsent(role, key -> new ArrayList<>())
                                    .add(new Need(table, output, value)));
                }
            }
        }
        return missing.entrySet().stream().map(entry -> new MissingRole(entry.getKey(), entry.getValue())).toList();
    }
}

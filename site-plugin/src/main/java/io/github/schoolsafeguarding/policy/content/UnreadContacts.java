package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contacts written in a file that could not be read whole. Their problems are reported
 * already, so a page that names one of them, or a role that only they might have, is not reported
 * a second time; a contact written nowhere is still an error.
 *
 * @param ids the contacts whose entries have an error, so that what a page asks of them may be missing
 * @param roles the roles those entries give
 * @param any an entry, or the whole file, could not be read far enough to know its id or roles: any
 *     contact and any role may be among them
 */
public record UnreadContacts(Set<String> ids, Set<String> roles, boolean any) {

    public static final UnreadContacts NONE = new UnreadContacts(Set.of(), Set.of(), false);
    static final UnreadContacts ANY = new UnreadContacts(Set.of(), Set.of(), true);

    public UnreadContacts {
        ids = Set.copyOf(ids);
        roles = Set.copyOf(roles);
    }

    /** A contact's entry that has an error: its id and roles, as far as they can be read. */
    static UnreadContacts entry(YamlValue yaml) {
        Optional<String> id = yaml.get("id").flatMap(YamlValue::text);
        Optional<List<String>> roles = roles(yaml);
        if (id.isEmpty() || roles.isEmpty()) {
            return ANY;
        }
        return new UnreadContacts(Set.of(id.get()), Set.copyOf(roles.get()), false);
    }

    /** The roles an entry gives, or none when they are not written as a list of texts. */
    private static Optional<List<String>> roles(YamlValue yaml) {
        Optional<YamlValue> roles = yaml.get("roles");
        if (roles.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Optional<String>> texts = roles.get().isMap() ? List.of(Optional.empty())
                : roles.get().itemsOrSelf().stream().map(YamlValue::text).toList();
        return texts.stream().allMatch(Optional::isPresent)
                ? Optional.of(texts.stream().map(Optional::get).toList())
                : Optional.empty();
    }

    /** Whether the contact {@code id} may be one that could not be read. */
    public boolean contact(String id) {
        return any || ids.contains(id);
    }

    /** Whether a contact that could not be read may have {@code role}. */
    public boolean role(String role) {
        return any || roles.contains(role);
    }

    public UnreadContacts and(UnreadContacts other) {
        Set<String> allIds = new TreeSet<>(ids);
        allIds.addAll(other.ids);
        Set<String> allRoles = new TreeSet<>(roles);
        allRoles.addAll(other.roles);
        return new UnreadContacts(allIds, allRoles, any || other.any);
    }
}

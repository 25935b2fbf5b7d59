package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.List;

/**
 * A place the site is published for: its safeguarding board, police force and local contacts, and
 * the folder that holds its page and template overrides.
 *
 * @param contactsAt where the area's contacts are listed in its area.yaml, where a missing contact
 *     is added
 */
public record Area(
        String id,
        String name,
        String covers,
        String board,
        String policeForce,
        int order,
        String summary,
        List<Contact> contacts,
        Path folder,
        Location contactsAt) {

    public Path pagesFolder() {
        return folder.resolve("pages");
    }

    public Path themeFolder() {
        return folder.resolve("theme");
    }
}

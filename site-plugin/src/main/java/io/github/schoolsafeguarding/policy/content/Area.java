package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A place the site is published for: its safeguarding board, police force and local contacts, and
 * the folder that holds its page and template overrides.
 *
 * @param unreadContacts the area's contacts that could not be read whole, whose problems are reported already
 * @param contactsAt where the area's contacts are listed in its area.yaml, where a missing contact
 *     is added
 * @param site the site as readers in this area see it: site.yaml's settings with the area's own
 *     title and exit page in their place, and its secure e-mail domains added, where area.yaml gives them
 * @param sources the area's own sources, from its sources.yaml, by short name: only the area's own
 *     pages and contacts may cite them
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
        UnreadContacts unreadContacts,
        Path folder,
        Location contactsAt,
        SiteInfo site,
        Map<String, Source> sources) {

    public Path pagesFolder() {
        return folder.resolve("pages");
    }

    public Path themeFolder() {
        return folder.resolve("theme");
    }
}

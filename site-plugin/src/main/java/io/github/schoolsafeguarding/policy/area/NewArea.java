package io.github.schoolsafeguarding.policy.area;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.compliance.MissingRoles;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.FillInBlocks;
import io.github.schoolsafeguarding.policy.content.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a new area: {@code areas/<id>/area.yaml} with every setting, and a contact for every role
 * the decision outcomes name that no national contact covers, and {@code areas/<id>/pages/index.md},
 * a home page made of the shared sections and the area's own contacts. What only the partnership
 * knows is left blank (an empty YAML value, or a {@code ```fill-in} block in the page), and the build
 * reports each blank at its line until it is filled in, so the build's errors are the list of what
 * is left to do. The folder appears whole or not at all.
 */
public final class NewArea {

    /** Why no area was written: the maintainer's input, not the content, is wrong. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static final int WIDTH = 100;

    private final Content content;
    private final String id;
    private final String name;

    private NewArea(Content content, String id, String name) {
        this.content = content;
        this.id = id;
        this.name = name;
    }

    /**
     * Writes the new area {@code id} called {@code name} into {@code contentFolder}.
     *
     * @return the area's folder
     * @throws Refused when the id is not a lower-case slug, the name is missing or the area exists
     * @throws ContentException when the content cannot be read, so the roles its tables name are unknown
     */
    public static Path write(Path contentFolder, String id, String name) throws Refused, ContentException {
        if (id == null || !ContentReader.KEBAB_CASE.matcher(id).matches()) {
            throw new Refused("the area id '" + (id == null ? "" : id) + "' is not a lower-case slug: use lower-case"
                    + " letters, digits and hyphens, such as 'north-somerset' (it becomes the folder and the web address)");
        }
        if (name == null || name.isBlank()) {
            throw new Refused("the area's name is missing: give the name readers know it by, such as 'North Somerset'");
        }
        Path folder = contentFolder.toAbsolutePath().normalize();
        Path areaFolder = folder.resolve("areas").resolve(id);
        if (Files.exists(areaFolder)) {
            throw new Refused(areaFolder + " already exists: choose another id, or edit that area's area.yaml");
        }
        Problems problems = new Problems();
        Content content = ContentReader.read(folder, problems);
        problems.throwIfErrors();
        NewArea area = new NewArea(content, id, name.strip());
        writeAtomically(folder, areaFolder, Map.of("area.yaml", area.areaYaml(), "pages/index.md", area.homePage()));
        return areaFolder;
    }

    /**
     * Writes the files into a hidden folder in the content folder (which the reader never looks in),
     * then moves it into place in one step: a failure part of the way leaves nothing behind.
     */
    static void writeAtomically(Path contentFolder, Path areaFolder, Map<String, String> files) {
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory(contentFolder, ".new-area-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = temporary.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(areaFolder.getParent());
            try {
                Files.move(temporary, areaFolder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, areaFolder);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + areaFolder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the move failed already: the error the caller sees is that one
        }
    }

    /** The national contacts with {@code role}, by id. */
    private List<String> nationalWith(String role) {
        return content.nationalContacts().stream().filter(contact -> contact.roles().contains(role))
                .map(Contact::id).toList();
    }

    /** The roles the area has to give a contact for: those the outcomes name that no national contact has. */
    private List<MissingRoles.MissingRole> localRoles() {
        return MissingRoles.without(content, content.nationalContacts());
    }

    String areaYaml() {
        StringBuilder yaml = new StringBuilder();
        comment(yaml, "", "The profile of the guidance for " + name + ". Fill in every blank (a key with nothing after"
                + " it): the build lists each one left, at its line, as 'is blank'. Lines that start with '#' are"
                + " notes, or optional settings: take the '#' off to use one. The site's page 'Adding your area'"
                + " (For maintainers) walks through it.");
        yaml.append("name: ").append(quoted(name)).append('\n');
        comment(yaml, "", "the councils whose schools the guidance is for, as readers know them");
        yaml.append("covers:\n");
        comment(yaml, "", "the area's local safeguarding arrangements (its safeguarding partners), shown where a page"
                + " says {{area.board}}");
        yaml.append("board:\n");
        comment(yaml, "", "the police force that serves the area, by its own name");
        yaml.append("police_force:\n");
        comment(yaml, "", "where the area comes in the list readers choose from, the lowest first");
        yaml.append("order: ").append(nextOrder()).append('\n');
        comment(yaml, "", "one sentence shown when readers choose their area");
        yaml.append("summary:\n\n");
        comment(yaml, "", "Optional settings: each defaults to the shared one in content/site.yaml.");
        comment(yaml, "", "the site's title in this area (default: " + quoted(content.site().title()) + ")");
        yaml.append("# title:\n");
        List<String> shared = content.site().checks().secureEmailDomains();
        comment(yaml, "", "e-mail domains that count as secure for referrals in this area, added to the shared ones ("
                + (shared.isEmpty() ? "none yet" : String.join(", ", shared)) + "); only domains a source lists as secure");
        yaml.append("# secure_email_domains: []\n");
        comment(yaml, "", "the web address 'Exit this page' leads to (default: " + content.site().exitPage() + ")");
        yaml.append("# exit_page:\n\n");
        comment(yaml, "", "Contacts. A decision outcome names roles, not numbers, and readers in " + name + " are shown"
                + " the contacts with the outcome's roles. Below is one contact for each role the outcomes name that no"
                + " national contact covers. Give the service schools call. 'source' is the short name of the document"
                + " you copied the details from, in content/sources.yaml. Under a number, add 'hours:' when it is not"
                + " answered at every hour, and 'confirmed:' once you have checked the details with the service itself"
                + " (README: For safeguarding partnerships).");
        yaml.append("contacts:\n");
        for (MissingRoles.MissingRole local : localRoles()) {
            String role = local.role();
            yaml.append('\n');
            comment(yaml, "  ", "'" + role + "', which these outcomes name: " + local.neededBy().stream()
                    .map(need -> "'" + need.outcome().id() + "' (" + need.table().id() + ")")
                    .collect(Collectors.joining(", ")));
            yaml.append("  - id: ").append(id).append('-').append(role).append('\n');
            yaml.append("    roles: [").append(role).append("]\n");
            comment(yaml, "    ", "the organisation that runs the service, such as the council or the police force");
            yaml.append("    organisation:\n");
            yaml.append("    # service: the service's own name\n");
            yaml.append("    # purpose: when schools should contact it, in a sentence or two\n");
            yaml.append("    phones:\n");
            comment(yaml, "      ", "the number as dialled in the UK, in quotes, such as \"0300 123 4567\"");
            yaml.append("      - number:\n");
            comment(yaml, "    ", "the short name of the document the details come from (content/sources.yaml)");
            yaml.append("    source:\n");
        }
        List<String> national = MissingRoles.without(content, List.of()).stream().map(MissingRoles.MissingRole::role)
                .filter(role -> !nationalWith(role).isEmpty())
                .map(role -> role + " (" + String.join(", ", nationalWith(role)) + ")").toList();
        if (!national.isEmpty()) {
            yaml.append('\n');
            comment(yaml, "  ", "The outcomes also name these roles, which national contacts in content/contacts.yaml"
                    + " cover in every area: " + String.join(", ", national) + ". Add a contact of your own with one of"
                    + " them only for a local service readers should see first.");
        }
        return yaml.toString();
    }

    private int nextOrder() {
        return content.areas().stream().mapToInt(Area::order).max().orElse(0) + 1;
    }

    String homePage() {
        StringBuilder page = new StringBuilder("---\n");
        page.append("title: ").append(quoted("Safeguarding guidance for schools in " + name)).append('\n');
        page.append("summary: ").append(quoted("What to do, and who to contact, when a child in a school in " + name
                + " may be at risk or a crime happens in school.")).append('\n');
        page.append("order: 0\n");
        comment(page, "", "the short names of the documents this page is written from (content/sources.yaml), as [a, b]");
        page.append("sources:\n");
        comment(page, "", "who keeps this page up to date, such as your partnership's guidance editors");
        page.append("owner:\n");
        comment(page, "", "the day you last checked this page against its sources, as YYYY-MM-DD");
        page.append("last_reviewed:\n");
        comment(page, "", "the day it is next due for review, as YYYY-MM-DD");
        page.append("review_due:\n");
        page.append("---\n\n");
        page.append("## If a child is in danger now\n\n");
        fillIn(page, "What to do first when a child is in danger now: the number to call, as a link a phone can dial"
                + " ([{{contact.<id>.phone}}]({{contact.<id>.tel}}), with a national contact's id), then whom to tell in"
                + " school. Write it from your sources.");
        List<Page> sections = sections();
        if (!sections.isEmpty()) {
            page.append("## Find the guidance\n\n");
            sections.forEach(section -> page.append("- [").append(section.meta().title()).append("](")
                    .append(section.path()).append("): ").append(section.meta().summary()).append('\n'));
            page.append('\n');
        }
        page.append("## Who to contact in {{area.name}}\n\n");
        List<String> local = localRoles().stream().map(MissingRoles.MissingRole::role).toList();
        // a role's out-of-hours contacts follow its own in a contacts block, so they need no block of their own
        local.stream().filter(role -> local.stream().noneMatch(other -> Contact.outOfHoursRole(other).equals(role)))
                .forEach(role -> page.append("```contacts ").append(role).append("\n```\n\n"));
        contactsPage().ifPresent(contacts -> page.append("Every {{area.name}} number is on the [contacts page](")
                .append(contacts.path()).append(").\n\n"));
        page.append("## How things work in {{area.name}}\n\n");
        fillIn(page, "How things work locally: your named police contact, where to refer a child at risk of"
                + " exploitation, and your local safeguarding arrangements ({{area.board}}). Link to your own pages"
                + " under content/areas/" + id + "/pages/.");
        return page.toString().stripTrailing() + "\n";
    }

    /** The shared sections in the header's navigation, in their order: the ways into the guidance. */
    private List<Page> sections() {
        return content.sharedPages().values().stream()
                .filter(page -> page.path().endsWith("/index.md") && page.path().indexOf('/') == page.path().lastIndexOf('/'))
                .filter(page -> !page.meta().inFooter())
                .sorted(Comparator.comparingInt((Page page) -> page.meta().order()).thenComparing(Page::path))
                .toList();
    }

    private Optional<Page> contactsPage() {
        return content.sharedPages().values().stream()
                .filter(page -> page.meta().layout().filter("contacts"::equals).isPresent()).findFirst();
    }

    private static void fillIn(StringBuilder page, String what) {
        page.append("```").append(FillInBlocks.INFO).append('\n').append(wrap(what, "")).append("```\n\n");
    }

    private static void comment(StringBuilder text, String indent, String words) {
        text.append(wrap(words, indent + "# "));
    }

    /** {@code words} as lines of at most {@link #WIDTH} characters, each starting with {@code prefix}. */
    private static String wrap(String words, String prefix) {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : words.split(" ")) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return lines.append(line).append('\n').toString();
    }

    /** A YAML double-quoted string, so that any name (with a colon, say) reads back as written. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

package io.github.schoolsafeguarding.policy.override;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.yaml.Spelling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an area changes from the shared guidance, as text for a maintainer: each shared page it
 * replaces, as a unified diff from the shared page as it is now to the area's copy; the pages only
 * it has; and the contacts it adds to the national ones.
 */
public final class AreaDiff {

    /** Lines of unchanged text around each change, as {@code diff -u} shows. */
    private static final int CONTEXT = 3;

    private final Content content;
    private final Path base;

    private AreaDiff(Content content) {
        this.content = content;
        this.base = content.folder().getParent();
    }

    /** Reads the content folder; its problems are the build's business, not this command's. */
    public static AreaDiff of(Path contentFolder) {
        return new AreaDiff(ContentReader.read(contentFolder, new Problems()));
    }

    /** Everything area {@code areaId} changes. */
    public String text(String areaId) throws OverrideException {
        Overrides overrides = Overrides.of(content, Overrides.area(content, areaId));
        Area area = overrides.area();
        StringBuilder text = new StringBuilder();
        text.append(area.name()).append(" (").append(area.id()).append(") replaces ")
                .append(count(overrides.overridden().size(), "shared page")).append(" with its own copy, has ")
                .append(count(overrides.ownPages().size(), "page")).append(" of its own and adds ")
                .append(count(area.contacts().size(), "contact")).append(".\n");
        if (!overrides.overridden().isEmpty()) {
            text.append("\nShared pages it replaces, each against the shared page as it is now:\n");
            overrides.overridden().forEach(page -> text.append('\n').append(diff(page)));
        }
        if (!overrides.ownPages().isEmpty()) {
            text.append("\nPages of its own:\n");
            overrides.ownPages().forEach(page -> text.append("  ").append(shown(page.file())).append(": ")
                    .append(page.meta().title()).append('\n'));
        }
        if (!area.contacts().isEmpty()) {
            text.append("\nContacts it adds:\n");
            area.contacts().forEach(contact -> text.append("  ").append(contact(contact)).append('\n'));
        }
        return text.toString();
    }

    /** How area {@code areaId}'s copy of the shared page {@code path} differs from the shared page now. */
    public String text(String areaId, String path) throws OverrideException {
        Overrides overrides = Overrides.of(content, Overrides.area(content, areaId));
        Optional<OverriddenPage> page = overrides.overridden().stream().filter(copy -> copy.path().equals(path))
                .findFirst();
        if (page.isPresent()) {
            return diff(page.get());
        }
        if (overrides.ownPages().stream().anyMatch(own -> own.path().equals(path))) {
            throw new OverrideException(path + " is " + areaId + "'s own page: there is no shared page to compare it with");
        }
        List<String> copies = overrides.overridden().stream().map(OverriddenPage::path).toList();
        throw new OverrideException(areaId + " has no copy of '" + path + "'"
                + (copies.isEmpty() ? ": it replaces no shared page" : ": " + Spelling.didYouMean(path, copies,
                        "its copies are")));
    }

    /** The copy's status, then the diff from the shared page to the copy. */
    private String diff(OverriddenPage page) {
        List<String> shared = lines(page.shared().file());
        List<String> copy = lines(page.copy().file());
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(shown(page.shared().file()), shown(page.copy().file()),
                shared, DiffUtils.diff(shared, copy), CONTEXT);
        String heading = page.path() + ": " + page.status().label() + "\n";
        return diff.isEmpty() ? heading + "(the same as the shared page)\n"
                : heading + diff.stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    private static String contact(Contact contact) {
        List<String> parts = new ArrayList<>();
        parts.add(contact.organisation());
        contact.service().ifPresent(parts::add);
        return contact.id() + ": " + String.join(", ", parts)
                + (contact.roles().isEmpty() ? "" : " (roles: " + String.join(", ", contact.roles()) + ")");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private String shown(Path file) {
        return Overrides.shown(file, base);
    }

    private static List<String> lines(Path file) {
        return List.of(PageHash.text(file).split("\n"));
    }
}

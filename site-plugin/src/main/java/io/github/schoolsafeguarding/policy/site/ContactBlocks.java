package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.RoleContact;
import io.github.schoolsafeguarding.policy.content.UnreadContacts;
import io.github.schoolsafeguarding.policy.render.FencedBlocks;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import io.github.schoolsafeguarding.policy.render.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The reader's own area's contacts for one role, where a page needs them:
 *
 * <pre>
 * ```contacts lado
 * Your area has not told us who its LADO is yet. Ask your local authority's children's services.
 * ```
 * </pre>
 *
 * shows every contact of the area (then national ones) with the role {@code lado}, followed by the
 * ones to call out of hours (role {@code lado-out-of-hours}), as an outcome lists them, or, where the
 * area has none, the block's own text saying how to find one; that gap is listed on the area's
 * compliance report, so that the partnership can fill it.
 */
final class ContactBlocks implements FencedBlocks {

    static final String BLOCK = "contacts";

    private final List<Contact> contacts;
    private final UnreadContacts unread;
    private final Function<Contact, Map<String, Object>> entry;
    private final MarkdownRenderer markdown;
    private final Theme theme;
    private final Map<String, Set<String>> gaps = new TreeMap<>();

    /**
     * @param contacts every contact a reader in the area sees, the area's own first
     * @param unread the area's contacts that could not be read, whose problems are reported already
     * @param entry a contact as the theme sees it, with the source it was copied from
     */
    ContactBlocks(List<Contact> contacts, UnreadContacts unread, Function<Contact, Map<String, Object>> entry,
            MarkdownRenderer markdown, Theme theme) {
        this.contacts = contacts;
        this.unread = unread;
        this.entry = entry;
        this.markdown = markdown;
        this.theme = theme;
    }

    @Override
    public Optional<String> render(String pagePath, String info, String body, Location at, Problems problems) {
        String[] words = info.split("\\s+");
        if (!words[0].equals(BLOCK)) {
            return Optional.empty();
        }
        if (words.length != 2) {
            problems.add(Problem.error("contact.block", at, "a contacts block names one contact role",
                    "write ```contacts <role>, such as ```contacts childrens-social-care"));
            return Optional.of("");
        }
        String role = words[1];
        List<Map<String, Object>> found = RoleContact.forRoles(contacts, List.of(role)).stream().map(listed -> {
            Map<String, Object> item = new LinkedHashMap<>(entry.apply(listed.contact()));
            item.put("out_of_hours", listed.outOfHours());
            return item;
        }).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("role", role);
        data.put("contacts", TemplateData.block(found));
        if (found.isEmpty()) {
            gaps.computeIfAbsent(role, key -> new TreeSet<>()).add(pagePath);
            if (body.isBlank()) {
                // a contact that could not be read may have the role: its own problem is reported
                if (!unread.role(role)) {
                    problems.add(Problem.error("contact.no-fallback", at,
                            "no contact in this area has the role '" + role + "', and the block says nothing instead",
                            "add a contact with that role to the area's area.yaml, or write in the block how a"
                                    + " reader finds the service"));
                }
                return Optional.of("");
            }
            data.put("fallback", markdown.render(pagePath, body, at.file(), at.line() + 1, problems).html());
        }
        return Optional.of(theme.render("contact-role", data, problems));
    }

    /** The roles a page asked for that the area has no contact for, with the pages that asked. */
    Map<String, Set<String>> gaps() {
        return gaps;
    }
}

package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Phone;
import io.github.schoolsafeguarding.policy.content.RoleContact;
import io.github.schoolsafeguarding.policy.content.SiteInfo;
import io.github.schoolsafeguarding.policy.content.Source;
import io.github.schoolsafeguarding.policy.render.SchoolField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values templates and placeholders see, as plain maps with snake_case keys: these names are
 * the theme's and the content's interface to the engine, documented in theme/README.md. A value
 * that is not known is left out rather than set empty, so that a placeholder asking for it is
 * reported.
 */
final class TemplateData {

    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TemplateData() {}

    static Map<String, Object> site(SiteInfo site) {
        return Map.of("title", site.title(), "description", site.description(), "exit_page", site.exitPage(),
                "content_security_policy", ContentSecurityPolicy.POLICY);
    }

    static Map<String, Object> area(Area area) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", area.id());
        data.put("name", area.name());
        data.put("covers", area.covers());
        data.put("board", area.board());
        data.put("police_force", area.policeForce());
        data.put("summary", area.summary());
        return data;
    }

    /** Contacts by id, for placeholders such as {@code {{contact.nspcc-helpline.phone}}}. */
    static Map<String, Object> contactsById(List<Contact> contacts) {
        Map<String, Object> byId = new LinkedHashMap<>();
        contacts.forEach(contact -> byId.put(contact.id(), contact(contact)));
        return byId;
    }

    /**
     * The fields of the form that fills a policy template's blanks, one per {@link SchoolField}, so
     * the form asks for exactly what the blanks can hold.
     */
    static List<Map<String, Object>> schoolFields() {
        return Arrays.stream(SchoolField.values()).map(field -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("key", field.key());
            data.put("label", field.label());
            put(data, "hint", field.hint());
            data.put("blank", "[" + field.blank() + "]");
            data.put("date", field.isDate());
            return data;
        }).toList();
    }

    static Map<String, Object> contact(Contact contact) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", contact.id());
        data.put("name", contact.name());
        data.put("organisation", contact.organisation());
        put(data, "service", contact.service());
        put(data, "purpose", contact.purpose());
        put(data, "email", contact.email());
        put(data, "website", contact.website());
        if (!contact.phones().isEmpty()) {
            data.put("phone", contact.phones().get(0).number());
            // for a link in a page: [{{contact.<id>.phone}}]({{contact.<id>.tel}})
            data.put("tel", contact.phones().get(0).telLink());
            List<Map<String, Object>> phones = new ArrayList<>(contact.phones().stream().map(TemplateData::phone).toList());
            // so that a line listing the numbers can put a separator between them
            phones.get(0).put("first", true);
            // hours that every number shares are said once, for the contact, not after each number
            Optional<String> shared = sharedHours(contact);
            shared.ifPresent(hours -> {
                data.put("shared_hours", hours);
                phones.forEach(phone -> phone.remove("hours"));
            });
            data.put("phones", phones);
        }
        contact.confirmed().ifPresent(confirmed -> data.put("confirmed", Map.of("on", date(confirmed.on()),
                "on_iso", confirmed.on().toString(), "by", confirmed.by(), "how", confirmed.how())));
        return data;
    }

    /** The hours of a contact's numbers, when it has several and all are answered at the same hours. */
    private static Optional<String> sharedHours(Contact contact) {
        List<Optional<String>> hours = contact.phones().stream().map(Phone::hours).distinct().toList();
        return contact.phones().size() > 1 && hours.size() == 1 ? hours.get(0) : Optional.empty();
    }

    /** A contact listed for a role, marked when it is the one to call out of hours. */
    static Map<String, Object> roleContact(RoleContact listed) {
        Map<String, Object> data = new LinkedHashMap<>(contact(listed.contact()));
        data.put("out_of_hours", listed.outOfHours());
        return data;
    }

    private static Map<String, Object> phone(Phone phone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", phone.number());
        data.put("tel", phone.telLink());
        put(data, "hours", phone.hours());
        put(data, "label", phone.label());
        // always present, so that a template inside an outcome never shows the outcome's own label
        // for a number that has none (Mustache looks a missing key up in the enclosing scopes)
        data.put("labelled", phone.label().isPresent());
        return data;
    }

    static Map<String, Object> source(Source source) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", source.id());
        data.put("title", source.title());
        data.put("publisher", source.publisher());
        data.put("summary", source.summary());
        put(data, "version", source.version());
        put(data, "published", source.published());
        put(data, "review_due", source.reviewDue().map(TemplateData::date));
        put(data, "address", source.address());
        put(data, "superseded_by", source.supersededBy());
        put(data, "superseded_by_id", source.supersededById());
        data.put("supersedes", block(source.supersedes()));
        return data;
    }

    /**
     * A list as a block for templates: {@code {{#nav}}<nav>{{#items}}…{{/items}}</nav>{{/nav}}}
     * prints the wrapper only when there is something in it, which plain Mustache cannot ask of a
     * list.
     */
    static Map<String, Object> block(List<?> items) {
        return items.isEmpty() ? null : Map.of("items", items);
    }

    static String date(LocalDate date) {
        return date.format(READABLE_DATE);
    }

    private static void put(Map<String, Object> data, String key, Optional<String> value) {
        value.ifPresent(text -> data.put(key, text));
    }
}

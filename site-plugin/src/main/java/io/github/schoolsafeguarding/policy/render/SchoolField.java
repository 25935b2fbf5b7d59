package io.github.schoolsafeguarding.policy.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A detail a school fills in when it adopts a policy template: written {@code {{school.name}}} in
 * the template's Markdown and published as a marked blank, "[name of school]", that the school's
 * copy replaces.
 *
 * <p>The blanks cannot be filled at build time, because the site is the same for every school in
 * an area; so a placeholder of the school's is carried through Markdown as a marker that escaping
 * leaves alone and that no author types (two characters of Unicode's private use area around the
 * field's key), and the renderer turns each marker into one element naming its field.
 */
public enum SchoolField {
    NAME("name", "name of school", "Name of your school", null, false),
    DSL("dsl", "name of designated safeguarding lead", "Designated safeguarding lead (DSL)",
            "Their full name, as staff and parents know them", false),
    DEPUTY_DSL("deputy_dsl", "name of deputy designated safeguarding lead", "Deputy designated safeguarding lead",
            "Who acts as DSL when the DSL is away", false),
    HEAD_TEACHER("head_teacher", "name of head teacher", "Head teacher", null, false),
    APPROVED_BY("approved_by", "name and role of the person who approved the policy", "Who approved the policy",
            "Their name and role, for example the chair of governors, for the governing body", false),
    DATE_ADOPTED("date_adopted", "date adopted", "Date the governing body adopted the policy",
            "For example, 15 9 2026", true),
    NEXT_REVIEW("next_review", "date of next review", "Date of the next review",
            "Usually a year after it was adopted. For example, 15 9 2027", true);

    /** The layout of a policy template, the one kind of page with blanks for the school. */
    public static final String POLICY_LAYOUT = "school-policy";

    /**
     * The blanks every policy template must have: a policy nobody approved, or with no date of
     * adoption, is not in force, whatever else it says.
     */
    public static final List<SchoolField> REQUIRED = List.of(APPROVED_BY, DATE_ADOPTED);

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private final String key;
    private final String blank;
    private final String label;
    private final String hint;
    private final boolean date;

    SchoolField(String key, String blank, String label, String hint, boolean date) {
        this.key = key;
        this.blank = blank;
        this.label = label;
        this.hint = hint;
        this.date = date;
    }

    /** The name after {@code school.} in a placeholder, and in the published element's data attribute. */
    public String key() {
        return key;
    }

    /** What the blank asks for, in words, as the reader sees it until it is filled. */
    public String blank() {
        return blank;
    }

    /** The question the school answers on the policy page's form, "Make your school's copy". */
    public String label() {
        return label;
    }

    /** What helps the school answer, under the label; none when the label says enough. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** Whether the school gives a date (day, month and year), which the copy writes as "15 September 2026". */
    public boolean isDate() {
        return date;
    }

    /** How a template writes this blank: {@code {{school.approved_by}}}. */
    public String placeholder() {
        return "{{school." + key + "}}";
    }

    String marker() {
        return OPEN + key + CLOSE;
    }

    static Optional<SchoolField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** The values placeholders see under {@code school}: each field's marker. */
    public static Map<String, Object> placeholderScope() {
        Map<String, Object> scope = new LinkedHashMap<>();
        for (SchoolField field : values()) {
            scope.put(field.key, field.marker());
        }
        return scope;
    }
}

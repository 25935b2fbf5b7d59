package io.github.schoolsafeguarding.policy.search;

/**
 * What a result is, in the reader's words, shown beside each result. Told from where the page is
 * published: the contacts, glossary and legislation pages and the decision tables have fixed places
 * in every area.
 */
public enum Kind {
    GUIDANCE("Guidance"),
    CONTACT("Contact"),
    GLOSSARY("Glossary"),
    LEGISLATION("Legislation"),
    DECISION_TABLE("Decision table");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @param file a published page, relative to the area's folder: {@code decisions/call-police.html} */
    public static Kind of(String file) {
        return switch (file) {
            case "contacts.html" -> CONTACT;
            case "glossary.html" -> GLOSSARY;
            case "legislation.html" -> LEGISLATION;
            case "decisions/index.html" -> GUIDANCE;
            default -> file.startsWith("decisions/") ? DECISION_TABLE : GUIDANCE;
        };
    }
}

package io.github.schoolsafeguarding.policy.search;

/**
 * What a result is, in the reader's words, shown beside each result. Told from where the page is
 * published: the contacts, glossary, legislation and sources pages and the decision tables have
 * fixed places in every area.
 *
 * <p>Guidance and decision tables say what to do; the other kinds are reference, which a search
 * ranks below guidance that matches as well (a reader mid-incident wants the advice first).
 */
public enum Kind {
    GUIDANCE("Guidance", false),
    CONTACT("Contact", true),
    GLOSSARY("Glossary", true),
    LEGISLATION("Legislation", true),
    DECISION_TABLE("Decision table", false),
    SOURCE("Source", true);

    private final String label;
    private final boolean reference;

    Kind(String label, boolean reference) {
        this.label = label;
        this.reference = reference;
    }

    public String label() {
        return label;
    }

    /** Whether it is looked up rather than acted on: a contact, a term, a law or a source document. */
    public boolean isReference() {
        return reference;
    }

    /** @param file a published page, relative to the area's folder: {@code decisions/call-police.html} */
    public static Kind of(String file) {
        return switch (file) {
            case "contacts.html" -> CONTACT;
            case "glossary.html" -> GLOSSARY;
            case "legislation.html" -> LEGISLATION;
            case "sources.html" -> SOURCE;
            case "decisions/index.html" -> GUIDANCE;
            default -> file.startsWith("decisions/") ? DECISION_TABLE : GUIDANCE;
        };
    }
}

package io.github.schoolsafeguarding.policy.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills the Mustache placeholders in a page's Markdown ({@code {{area.name}}},
 * {@code {{contact.nspcc-helpline.phone}}}) with one area's facts.
 *
 * <p>Markdown takes plain placeholders only: sections, partials and unescaped values are refused,
 * because text that differs between areas belongs in an area's own copy of the page, where an
 * editor can read it whole. A placeholder that the area cannot fill is an error, never an empty
 * string: a blank where a phone number should be is the worst thing this site could print. Values
 * are escaped for Markdown, so a value can never add formatting or HTML.
 */
public final class Placeholders {

    /** A placeholder's opening and its kind: a section's or partial's mark, Mustache's "this" ({{.}}), or none. */
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/>&{=<$!]|\\.(?=\\s*\\}\\})|)");
    /** An opening pair of braces with no closing pair after it on its line. */
    private static final Pattern UNCLOSED = Pattern.compile("\\{\\{(?:(?!}})[^\\n])*+$", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_{}\\[\\]()<>#+\\-.!|&~\"']");

    private static final String SCHOOL_FIELDS = Arrays.stream(SchoolField.values())
            .map(SchoolField::placeholder).collect(Collectors.joining(", "));

    private Placeholders() {}

    /**
     * The body of a page with its placeholders filled from {@code scope}, or the body unchanged
     * when something is wrong (the problems are reported, naming the area).
     *
     * @param firstLine the line of {@code file} on which {@code markdown} starts
     * @param unreadContact whether a contact id is one written in a file that could not be read whole:
     *     its own problem is reported, so a placeholder it cannot fill is not reported a second time
     */
    public static String fill(String markdown, Path file, int firstLine, String areaId, Map<String, Object> scope,
            Predicate<String> unreadContact, Problems problems) {
        // most pages have no placeholder: they need no scan of their text
        if (!markdown.contains("{{") || !allClosed(markdown, file, firstLine, problems)) {
            return markdown;
        }
        if (!onlyPlainPlaceholders(markdown, file, firstLine, scope, problems)) {
            return markdown;
        }
        List<Miss> misses = new ArrayList<>();
        Factory factory = new Factory(misses);
        StringWriter filled = new StringWriter();
        try {
            Mustache mustache = factory.compile(new StringReader(markdown), file.toString());
            mustache.execute(filled, List.<Object>of(scope)).flush();
        } catch (MustacheException e) {
            problems.add(Problem.error("placeholder.syntax", Location.of(file, firstLine),
                    "a placeholder is not written correctly: " + e.getMessage(),
                    "write placeholders as {{area.name}} or {{contact.<id>.phone}}"));
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Miss miss : misses) {
            Location at = Location.of(file, firstLine + miss.line() - 1);
            if (miss.unknown()) {
                problems.add(unknown(miss.name(), at, scope));
            } else if (miss.name().startsWith("school.")) {
                problems.add(Problem.error("placeholder.school-field", at,
                        "placeholder {{" + miss.name() + "}} is not a blank a school can fill in here",
                        "school fields (" + SCHOOL_FIELDS + ") work only on a page with 'layout: school-policy'"));
            } else if (!ofUnreadContact(miss.name(), unreadContact)) {
                problems.add(Problem.error("placeholder.unresolved", at,
                        "placeholder {{" + miss.name() + "}} has no value in area '" + areaId + "'",
                        "add it to content/areas/" + areaId + "/area.yaml or the national contacts, "
                                + "or give the area its own copy of this page"));
            }
        }
        return filled.toString();
    }

    private static boolean ofUnreadContact(String name, Predicate<String> unreadContact) {
        String[] parts = name.split("\\.", -1);
        return parts.length > 1 && parts[0].equals("contact") && unreadContact.test(parts[1]);
    }

    private static boolean onlyPlainPlaceholders(String markdown, Path file, int firstLine, Map<String, Object> scope,
            Problems problems) {
        boolean plain = true;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher tag = TAG.matcher(lines[i]);
            while (tag.find()) {
                String kind = tag.group(1);
                if (kind.equals(".")) {
                    // Mustache's "this": it would print the whole scope, every contact of the area
                    plain = false;
                    problems.add(unknown(".", new Location(file, firstLine + i, tag.start() + 1), scope));
                } else if (!kind.isEmpty() && !kind.equals("!")) {
                    plain = false;
                    problems.add(Problem.error("placeholder.not-plain", new Location(file, firstLine + i, tag.start() + 1),
                            "'{{" + kind + "' is not allowed in a page: Markdown takes plain placeholders only",
                            "write {{name}}; for text that differs between areas, give each area its own copy of the page "
                                    + "under content/areas/<id>/pages/"));
                }
            }
        }
        return plain;
    }

    /**
     * Whether every opening pair of braces is closed on its own line: Mustache would otherwise read on
     * to the next closing pair, paragraphs later, and report all between as one placeholder's name.
     */
    private static boolean allClosed(String markdown, Path file, int firstLine, Problems problems) {
        Matcher unclosed = UNCLOSED.matcher(markdown);
        int line = firstLine;
        int counted = 0;
        boolean closed = true;
        while (unclosed.find()) {
            closed = false;
            for (; counted < unclosed.start(); counted++) {
                line += markdown.charAt(counted) == '\n' ? 1 : 0;
            }
            int column = unclosed.start() - markdown.lastIndexOf('\n', unclosed.start());
            problems.add(Problem.error("placeholder.unclosed", new Location(file, line, column),
                    "'{{' is not closed by '}}' on the same line",
                    "write the placeholder whole on one line, as {{area.name}}; for braces as text, write \\{\\{"));
        }
        return closed;
    }

    /** Escapes every character that Markdown or HTML would read as markup. */
    static String escapeMarkdown(String value) {
        return MARKDOWN_PUNCTUATION.matcher(value.replaceAll("\\s+", " ")).replaceAll("\\\\$0");
    }

    private static Problem unknown(String name, Location at, Map<String, Object> scope) {
        return Problem.error("placeholder.unknown", at, "placeholder {{" + name + "}} names nothing a page can show",
                "name one fact: {{area.<fact>}} (" + String.join(", ", keys(scope.get("area")))
                        + "), {{contact.<id>.<field>}} (e.g. phone, tel, email, website) or {{site.title}}");
    }

    private static List<String> keys(Object map) {
        return map instanceof Map<?, ?> facts ? facts.keySet().stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * A placeholder that found no value, at a line of the Markdown it was filled in: {@code unknown}
     * when its name is no path to a text at all (a Java method such as {@code area.name.bytes}, a
     * whole contact, a list), not merely a fact this area lacks.
     */
    private record Miss(String name, int line, boolean unknown) {}

    /**
     * The text a placeholder names: each part of its name is an entry of the map before it, and the
     * last is text. Only the scope's own maps are read, never an object's methods, so that
     * {@code {{area.name.bytes}}} cannot print a Java array's address, nor {@code {{contact.x}}} a whole map.
     *
     * @return the text; {@link #ABSENT} for a fact this area has not set or a contact it lacks;
     *     {@link #NOT_A_FACT} otherwise
     */
    private static Object lookUp(String name, Object scope) {
        Object value = scope;
        String[] parts = name.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!(value instanceof Map<?, ?> map)) {
                return NOT_A_FACT;
            }
            if (map.get(parts[i]) == null) {
                // the names of an area's facts, the site's and the school's blanks are fixed, and a
                // fact may be unset; only the contacts, and their fields, differ from area to area
                return map.containsKey(parts[i]) || i > 0 && parts[0].equals("contact") ? ABSENT : NOT_A_FACT;
            }
            value = map.get(parts[i]);
        }
        return value instanceof CharSequence ? value.toString() : NOT_A_FACT;
    }

    private static final Object ABSENT = new Object();
    private static final Object NOT_A_FACT = new Object();

    /** A factory whose values are escaped for Markdown and whose lookups report what they miss. */
    private static final class Factory extends DefaultMustacheFactory {

        Factory(List<Miss> misses) {
            setObjectHandler(new ReportingObjectHandler(misses));
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escapeMarkdown(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Looks every value up afresh, in the scope's maps only ({@link #lookUp}), and says which names
     * it could not find, with the line of the placeholder (the stock handler caches misses, renders
     * them as empty text, and calls any method an object has).
     */
    private static final class ReportingObjectHandler extends ReflectionObjectHandler {

        private final List<Miss> misses;

        ReportingObjectHandler(List<Miss> misses) {
            this.misses = misses;
        }

        @Override
        public Binding createBinding(String name, TemplateContext context, Code code) {
            if (!(code instanceof ValueCode)) {
                return new GuardedBinding(this, name, context, code);
            }
            return scopes -> {
                Object value = lookUp(name, scopes.isEmpty() ? null : scopes.get(scopes.size() - 1));
                if (value == ABSENT || value == NOT_A_FACT) {
                    misses.add(new Miss(name, context.line(), value == NOT_A_FACT && !name.startsWith("school.")));
                    return null;
                }
                return value;
            };
        }
    }
}

package io.github.schoolsafeguarding.policy.render;

import java.util.Locale;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The ids of one page's headings, which links point at ({@code page.md#what-to-do}): the heading's
 * words in lower case, with hyphens for spaces, and {@code -1}, {@code -2}, ... after a repeat, as
 * the commonmark heading-anchor extension makes them. Unlike that extension, the same on every
 * machine: it lower-cases with the JVM's default locale, and a Turkish one makes "UKCCIS" into
 * "ukccıs", which breaks every link to that heading. Lower-cased here first without a locale, the
 * words have nothing left for the extension's own lower-casing to change.
 */
public final class HeadingIds {

    private final IdGenerator ids = IdGenerator.builder().build();

    /** The next heading's id; a heading repeated on the page gets a number after it. */
    public String of(Heading heading) {
        return ids.generateId(NodeText.of(heading).strip().toLowerCase(Locale.ROOT));
    }

    /** Gives each heading of one page its id, as its {@code id} attribute. */
    static AttributeProvider attributes() {
        HeadingIds ids = new HeadingIds();
        return (node, tagName, attributes) -> {
            if (node instanceof Heading heading) {
                attributes.put("id", ids.of(heading));
            }
        };
    }
}

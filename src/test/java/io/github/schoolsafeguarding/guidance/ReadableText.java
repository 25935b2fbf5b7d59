package io.github.schoolsafeguarding.guidance;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A published page's content as plain text a reviewer can read in a diff: headings marked with
 * {@code #}, summary lists as "key: value", table rows with their cells between {@code |}, links as
 * {@code [text](address)} and GOV.UK tags as {@code [label, colour]}, so that the status, the words
 * and the colour of every tag are all in view.
 */
final class ReadableText {

    private ReadableText() {}

    static String of(Element content) {
        List<String> lines = new ArrayList<>();
        block(content, lines);
        return String.join("\n", lines).strip() + "\n";
    }

    private static void block(Element element, List<String> lines) {
        switch (element.tagName()) {
            case "h1", "h2", "h3", "h4" -> {
                lines.add("");
                lines.add("#".repeat(element.tagName().charAt(1) - '0') + " " + inline(element));
            }
            case "p" -> lines.add(inline(element));
            case "ul" -> element.children().forEach(item -> lines.add("- " + inline(item)));
            case "dl" -> element.select("> div").forEach(row ->
                    lines.add(inline(row.selectFirst("dt")) + ": " + inline(row.selectFirst("dd"))));
            case "table" -> {
                lines.add("Table: " + inline(element.selectFirst("caption")));
                element.select("tr").forEach(row -> lines.add("| " + String.join(" | ",
                        row.children().stream().map(ReadableText::inline).toList()) + " |"));
            }
            default -> element.children().forEach(child -> block(child, lines));
        }
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode words) {
                text.append(words.text());
            } else if (node instanceof Element child) {
                if (child.nameIs("a")) {
                    text.append('[').append(child.text()).append("](").append(child.attr("href")).append(')');
                } else if (child.hasClass("govuk-tag")) {
                    text.append('[').append(child.text()).append(", ")
                            .append(child.className().replaceAll(".*govuk-tag--(\\S+).*", "$1")).append(']');
                } else if (child.nameIs("br")) {
                    text.append(" / ");
                } else if (child.nameIs("ul")) {
                    text.append(' ').append(String.join("; ", child.children().stream().map(ReadableText::inline).toList()));
                } else {
                    text.append(inline(child));
                }
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}

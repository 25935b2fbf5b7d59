package io.github.schoolsafeguarding.policy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.junit.jupiter.api.Test;

/**
 * The parser's shortcut for a block of plain text ({@link NestingLimit.PlainText}) reads every
 * document as commonmark's own inline parser does, node for node and source span for source span,
 * so a newer commonmark that reads some character differently fails here, not in a published page.
 */
class PlainTextTest {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create(),
            AutolinkExtension.create());
    private final Parser withShortcut = NestingLimit.guard(Parser.builder()).extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final Parser commonmarkAlone = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Property(tries = 3000)
    void everyDocumentParsesAsCommonmarkAloneParsesIt(@ForAll("documents") String markdown) {
        assertEquals(tree(commonmarkAlone.parse(markdown)), tree(withShortcut.parse(markdown)), markdown);
    }

    @Test
    void aLineOfWordsAndCommonPunctuationIsTakenByTheShortcutLessItsTrailingSpaces() {
        Paragraph block = new Paragraph();
        assertTrue(NestingLimit.PlainText.parse(line("It’s step 1 of 3: (see 'part 2'), £5/day; 10% off?  "), block));
        assertEquals("It’s step 1 of 3: (see 'part 2'), £5/day; 10% off?", ((Text) block.getFirstChild()).getLiteral());
    }

    @Test
    void aLineWithAnythingThatMayStartAnInlineIsLeftToCommonmark() {
        for (String text : List.of("an *emphasis*", "a_word", "`code`", "a [link](x.md)", "!", "&amp;", "<b>", "a\\b",
                "a\ttab")) {
            assertFalse(NestingLimit.PlainText.parse(line(text), new Paragraph()), text);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> prefix = Arbitraries.of("", "", "", "# ", "## ", "### ", "- ", "> ", "1. ", "    ", "| ");
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("aZé9 .,;:?'’\"()-/%£$+=#*_`[]!<>&\\\t|^~“".toCharArray())
                .ofMinLength(0).ofMaxLength(24);
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(prefix, text).as(String::concat);
        return line.list().ofMinSize(1).ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    private static SourceLines line(String text) {
        return SourceLines.of(SourceLine.of(text, SourceSpan.of(0, 0, 0, text.length())));
    }

    /** Every node of the document, one a line: its depth, kind, literal and source spans. */
    private static String tree(Node document) {
        StringBuilder tree = new StringBuilder();
        append(document, 0, tree);
        return tree.toString();
    }

    private static void append(Node node, int depth, StringBuilder tree) {
        tree.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Text text) {
            tree.append(" '").append(text.getLiteral()).append('\'');
        }
        tree.append(node.getSourceSpans().stream().map(span -> " " + span.getLineIndex() + ":" + span.getColumnIndex()
                + "@" + span.getInputIndex() + "+" + span.getLength()).collect(Collectors.joining())).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, tree);
        }
    }
}

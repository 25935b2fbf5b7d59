package io.github.schoolsafeguarding.policy.render;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.block.AbstractBlockParserFactory;

/**
 * Stops the parse of a page nested deeper than {@value #LEVELS} levels, at the line that goes too
 * deep. Every step after the parse walks the document by recursion (commonmark's visitors and
 * renderer, ours, and the HTML parsers on the result), so a page of 10,000 nested quotes ends in a
 * {@link StackOverflowError}. The parser's block phase is a loop, so it counts lists and quotes as
 * it opens them; emphasis and links are counted in each block's text before the inline parser, which
 * recurses on them too, reads it. The real pages nest 2 levels at most, of either kind.
 */
final class NestingLimit {

    /** Levels of lists and quotes, and separately of emphasis and links, that a page may nest. */
    static final int LEVELS = 32;

    private NestingLimit() {
    }

    /** The parser's settings that stop a page at the first line that goes too deep. */
    static Parser.Builder guard(Parser.Builder parser) {
        return parser.customBlockParserFactory(new Blocks())
                .inlineParserFactory(context -> {
                    // commonmark's own inline parser, with the same extensions; only its input is checked first
                    InlineParser inlines = new InlineParserImpl(context);
                    return (lines, block) -> {
                        if (PlainText.parse(lines, block)) {
                            return;
                        }
                        checkInlines(lines);
                        inlines.parse(lines, block);
                    };
                });
    }

    /**
     * A block of one line of words and common punctuation, as most headings and many paragraphs
     * are, read as commonmark reads it: one text, less its trailing blanks, at the whole line. Its
     * inline parser sets up a parser for each kind of inline afresh for every block it reads, which
     * was a third of the parse of a page of 50,000 headings. {@code PlainTextTest} checks the
     * two agree.
     */
    static final class PlainText {

        /** Characters that start no inline in CommonMark or in the extensions used: no emphasis, code, link, entity or HTML. */
        private static final String PUNCTUATION = " .,;:?'\u2019\"()-/%\u00a3$+=#";

        private PlainText() {
        }

        /** Reads {@code lines} into {@code block} as commonmark would, when they are plain text; otherwise does nothing. */
        static boolean parse(SourceLines lines, Node block) {
            if (lines.getLines().size() != 1) {
                return false;
            }
            String content = lines.getLines().get(0).getContent().toString();
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (!Character.isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0) {
                    return false;
                }
            }
            if (content.isEmpty()) {
                return true;
            }
            int end = content.length();
            while (end > 0 && content.charAt(end - 1) == ' ') {
                end--;
            }
            Text text = new Text(content.substring(0, end));
            text.setSourceSpans(lines.getSourceSpans());
            block.appendChild(text);
            return true;
        }
    }

    /** A page that goes too deep, at its line (counted from 0 in the Markdown). */
    static final class TooDeep extends RuntimeException {
        private final int lineIndex;
        private final String fix;

        TooDeep(int lineIndex, String what, String fix) {
            super(what, null, false, false);
            this.lineIndex = lineIndex;
            this.fix = fix;
        }

        Problem problem(Path file, int firstLine) {
            return Problem.error("markdown.too-deep", Location.of(file, firstLine + lineIndex),
                    getMessage() + " nested more than " + LEVELS + " levels deep", fix);
        }
    }

    /** Never starts a block: it looks at how deep the block a new one would open in already is. */
    private static final class Blocks extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int levels = 0;
            for (Node node = matched.getMatchedBlockParser().getBlock(); node != null && levels <= LEVELS;
                    node = node.getParent()) {
                if (node instanceof ListBlock || node instanceof BlockQuote) {
                    levels++;
                }
            }
            if (levels > LEVELS) {
                throw new TooDeep(lineIndex(state.getLine()), "lists and quotes",
                        "flatten the list or quote: start a new one, or use headings or a table for the levels");
            }
            return BlockStart.none();
        }
    }

    /**
     * At most how deep the emphasis, links and images of one block nest. A run of {@code *} or
     * {@code _} that may open counts one level a character and one that may close takes them off, as
     * {@code [} and {@code ]} do; a level counts only while as many closers of its kind follow, so a
     * blank to fill in ({@code Signed: ____.}) counts none. It never counts fewer levels than the
     * inline parser makes.
     */
    private static void checkInlines(SourceLines lines) {
        List<Delimiter> delimiters = new ArrayList<>();
        int[] closers = new int[KINDS.length()];
        for (SourceLine line : lines.getLines()) {
            CharSequence text = line.getContent();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                int kind = KINDS.indexOf(c == ']' ? '[' : c);
                if (kind < 0) {
                    continue;
                }
                int end = i + 1;
                while (c != '[' && c != ']' && end < text.length() && text.charAt(end) == c) {
                    end++;
                }
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = end < text.length() ? text.charAt(end) : ' ';
                // an underscore inside a word neither opens nor closes (snake_case)
                boolean closes = c == ']' || c != '[' && !Character.isWhitespace(before) && !(c == '_' && Character.isLetterOrDigit(after));
                boolean opens = c == '[' || c != ']' && !Character.isWhitespace(after) && !(c == '_' && Character.isLetterOrDigit(before));
                delimiters.add(new Delimiter(kind, opens ? end - i : 0, closes ? end - i : 0, lineIndex(line)));
                closers[kind] += closes ? end - i : 0;
                i = end - 1;
            }
        }
        int[] open = new int[KINDS.length()];
        for (Delimiter delimiter : delimiters) {
            int kind = delimiter.kind();
            closers[kind] -= delimiter.closes();
            open[kind] = delimiter.closes() > 0 && open[kind] > 0 ? Math.max(0, open[kind] - delimiter.closes())
                    : open[kind] + delimiter.opens();
            int levels = 0;
            for (int k = 0; k < KINDS.length(); k++) {
                levels += Math.min(open[k], closers[k]);
            }
            if (levels > LEVELS) {
                throw new TooDeep(delimiter.lineIndex(), "emphasis or links",
                        "close each emphasis or link before the next one opens");
            }
        }
    }

    /** The kinds of delimiter, each closed only by its own kind: emphasis of each character, and brackets. */
    private static final String KINDS = "*_[";

    /** A run of emphasis characters, or a bracket: how many levels it may open, and how many close. */
    private record Delimiter(int kind, int opens, int closes, int lineIndex) {}

    private static int lineIndex(SourceLine line) {
        return line.getSourceSpan() == null ? 0 : line.getSourceSpan().getLineIndex();
    }
}

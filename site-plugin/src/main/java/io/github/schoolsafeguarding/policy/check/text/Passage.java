package io.github.schoolsafeguarding.policy.check.text;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * One block of a page's text as the reader sees it (a paragraph, which is also how a list item's text
 * is held, a heading or a table cell), or the page's summary: the unit within which a 'must' has to
 * be backed by the law it states, and within which a sentence citing a law is read.
 *
 * @param text the words as the page shows them, without Markdown marks, line breaks as spaces
 * @param prose {@code text} with code spans blanked out, at the same offsets: code is quoted
 *     from a file, not the guidance speaking
 * @param headingLinks the links in the block to a heading of a page of the site
 * @param locate where in the file the character at an offset of {@code text} was written
 */
public record Passage(String text, String prose, List<HeadingLink> headingLinks, IntFunction<Location> locate) {

    /**
     * A link to one heading of a page ({@code page}, as a page path, and the heading's
     * {@code anchor}), whose text runs from {@code start} to {@code end} of the passage.
     */
    public record HeadingLink(String page, String anchor, int start, int end) {}

    /** Whether the block links to a section of the legislation page. */
    public boolean linksToLegislation() {
        return headingLinks.stream().anyMatch(link -> link.page().equals(LEGISLATION_PAGE));
    }

    /** A word, for finding the same word in the file where escapes make the text differ from it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The page that lists the acts and their sections, as a page path. */
    private static final String LEGISLATION_PAGE = "legislation.md";

    /**
     * A quotation: double quotes, straight or curly, or single quotes that open after a space or
     * punctuation and close before one, with apostrophes (mustn't, the child's) inside.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]*\"|“[^”]*”|(?<![\\p{L}\\p{N}])['‘](?:[^'’]|['’](?=\\p{L}))*['’](?![\\p{L}\\p{N}])");

    /** Whether the characters from {@code start} to {@code end} stand inside a quotation. */
    public boolean quotes(int start, int end) {
        Matcher quotation = QUOTED.matcher(prose);
        while (quotation.find()) {
            if (quotation.start() < start && end < quotation.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words}, spaced however the front matter spaces them, occur in the block around
     * the characters from {@code start} to {@code end}.
     */
    public boolean says(String words, int start, int end) {
        String[] parts = words.strip().split("\\s+");
        List<String> quoted = new ArrayList<>();
        for (String part : parts) {
            quoted.add(Pattern.quote(part));
        }
        Matcher said = Pattern.compile(String.join("\\s+", quoted)).matcher(text);
        while (said.find()) {
            if (said.start() <= start && end <= said.end()) {
                return true;
            }
        }
        return false;
    }

    /** The page's summary, from its front matter: plain text on one line. */
    static Passage summary(Page page) {
        String summary = page.meta().summary();
        Location start = page.meta().summaryLocation();
        return new Passage(summary, summary, List.of(),
                offset -> new Location(start.file(), start.line(), start.column() + offset));
    }

    /** Every paragraph, heading and table cell of the page's body, in the order written. */
    static List<Passage> blocks(Page page, Node document) {
        String[] lines = page.body().split("\n", -1);
        List<Passage> passages = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                passages.add(new Reader(page, lines).read(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                passages.add(new Reader(page, lines).read(heading));
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell) {
                    passages.add(new Reader(page, lines).read(cell));
                } else {
                    visitChildren(node);
                }
            }
        });
        return passages;
    }

    /** Reads the inlines of one block into its text, remembering which Markdown text each part came from. */
    private static final class Reader {
        private final Page page;
        private final String[] lines;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder prose = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();
        private final List<HeadingLink> headingLinks = new ArrayList<>();

        Reader(Page page, String[] lines) {
            this.page = page;
            this.lines = lines;
        }

        /** A run of text that starts at {@code offset} of the passage. */
        private record Piece(int offset, Text node) {}

        Passage read(Node block) {
            readInlines(block);
            List<Piece> written = List.copyOf(pieces);
            return new Passage(text.toString(), prose.toString(), List.copyOf(headingLinks),
                    offset -> locate(written, offset));
        }

        private void readInlines(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text run) {
                    pieces.add(new Piece(text.length(), run));
                    append(run.getLiteral(), run.getLiteral());
                } else if (node instanceof Code code) {
                    append(code.getLiteral(), " ".repeat(code.getLiteral().length()));
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    append(" ", " ");
                } else {
                    int start = text.length();
                    readInlines(node);
                    if (node instanceof Link link) {
                        headingLink(link.getDestination(), start, text.length()).ifPresent(headingLinks::add);
                    }
                }
            }
        }

        private void append(String shown, String spoken) {
            text.append(shown);
            prose.append(spoken);
        }

        /** A link to a heading of another page, from wherever the page sits. */
        private Optional<HeadingLink> headingLink(String destination, int start, int end) {
            int hash = destination.indexOf('#');
            if (hash <= 0 || hash == destination.length() - 1) {
                return Optional.empty();
            }
            return PagePaths.resolve(page.path(), destination.substring(0, hash))
                    .map(target -> new HeadingLink(target, destination.substring(hash + 1), start, end));
        }

        private Location locate(List<Piece> written, int offset) {
            Piece piece = written.get(0);
            for (Piece candidate : written) {
                if (candidate.offset() <= offset) {
                    piece = candidate;
                }
            }
            int index = offset - piece.offset();
            List<SourceSpan> spans = piece.node().getSourceSpans();
            if (spans.isEmpty()) {
                return Location.of(page.file(), page.bodyLine());
            }
            SourceSpan first = spans.get(0);
            if (spans.size() == 1 && first.getLength() == piece.node().getLiteral().length()) {
                return at(first.getLineIndex(), first.getColumnIndex() + index);
            }
            return sameWordInSource(piece, index, spans);
        }

        /**
         * Where the source has escapes or entities, the text and the file differ in length: count which
         * word of the run this is, and find that one in the file.
         */
        private Location sameWordInSource(Piece piece, int index, List<SourceSpan> spans) {
            Matcher inText = WORD.matcher(piece.node().getLiteral());
            int nth = 0;
            while (inText.find() && inText.start() < index) {
                nth++;
            }
            for (SourceSpan span : spans) {
                String line = lines[span.getLineIndex()];
                int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
                Matcher inSource = WORD.matcher(line).region(span.getColumnIndex(), end);
                while (inSource.find()) {
                    if (nth-- == 0) {
                        return at(span.getLineIndex(), inSource.start());
                    }
                }
            }
            return at(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
        }

        private Location at(int lineIndex, int columnIndex) {
            return new Location(page.file(), page.bodyLine() + lineIndex, columnIndex + 1);
        }
    }
}

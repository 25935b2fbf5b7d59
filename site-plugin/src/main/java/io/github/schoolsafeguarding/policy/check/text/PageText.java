package io.github.schoolsafeguarding.policy.check.text;

import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * A page file's text as the checks of what it says read it: its Markdown parsed once for all of
 * them, and only when one of them reads it. Parsing is most of such a check's cost, and grows with
 * the page: a page of 50,000 headings takes a second to parse.
 *
 * <p>For one thread: the checks of a page run one after another.
 */
public final class PageText {

    private final Page page;
    private final MarkdownRenderer markdown;
    private Node document;
    private boolean tooDeep;
    private List<Passage> blocks;
    private List<Passage> passages;

    public PageText(Page page, MarkdownRenderer markdown) {
        this.page = page;
        this.markdown = markdown;
    }

    public Page page() {
        return page;
    }

    /** The body as the renderer reads it (see {@link MarkdownRenderer#parse}); empty when it is {@link #tooDeep}. */
    public Node document() {
        if (document == null) {
            Optional<Node> read = markdown.parse(page.body());
            tooDeep = read.isEmpty();
            document = read.orElseGet(Document::new);
        }
        return document;
    }

    /**
     * Whether the body is nested too deep to read, which the rendering reports: the checks then have
     * nothing to say of it, rather than reporting an empty page.
     */
    public boolean tooDeep() {
        document();
        return tooDeep;
    }

    /** Every paragraph, heading and table cell of the body, in the order written. */
    public List<Passage> blocks() {
        if (blocks == null) {
            blocks = Collections.unmodifiableList(Passage.blocks(page, document()));
        }
        return blocks;
    }

    /** What a reader reads of the page: its summary, then its {@link #blocks}. */
    public List<Passage> passages() {
        if (passages == null) {
            List<Passage> read = new ArrayList<>(blocks().size() + 1);
            read.add(Passage.summary(page));
            read.addAll(blocks());
            passages = Collections.unmodifiableList(read);
        }
        return passages;
    }
}

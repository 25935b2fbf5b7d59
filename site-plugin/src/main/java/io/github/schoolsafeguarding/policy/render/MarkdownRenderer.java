package io.github.schoolsafeguarding.policy.render;

import io.github.schoolsafeguarding.policy.check.Addresses;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.html.SourceMarks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns a page's Markdown (CommonMark with GFM tables, footnotes, autolinks and heading anchors)
 * into HTML for the theme.
 *
 * <p>Raw HTML is refused rather than filtered: every page must look and behave like the others,
 * pass the accessibility checks and stay safe to publish, and Markdown covers what guidance needs.
 * Images are refused for now for the same reason (no alt-text checks yet). Links to other pages are
 * written to their {@code .md} files and come out as relative {@code .html} links.
 *
 * <p>Thread-safe; build one per run.
 */
public final class MarkdownRenderer {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create(),
            AutolinkExtension.create());

    private final Parser parser = NestingLimit.guard(Parser.builder())
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .postProcessor(new SchoolBlanks())
            .build();
    private final boolean marked;

    public MarkdownRenderer() {
        this(false);
    }

    private MarkdownRenderer(boolean marked) {
        this.marked = marked;
    }

    /**
     * A renderer whose HTML marks each element with the Markdown line and column it came from, so
     * that the HTML checks can send a maintainer there; {@link SourceMarks#strip} takes the marks out
     * for publishing.
     */
    public static MarkdownRenderer marked() {
        return new MarkdownRenderer(true);
    }

    private HtmlRenderer renderer(Path file, int firstLine) {
        HtmlRenderer.Builder renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .nodeRendererFactory(EmbeddedHtmlRenderer::new)
                .nodeRendererFactory(SchoolBlanks.Renderer::new)
                .attributeProviderFactory(context -> new ColumnLabels())
                .attributeProviderFactory(context -> HeadingIds.attributes());
        if (marked) {
            renderer.attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (!node.getSourceSpans().isEmpty()) {
                    attributes.put(SourceMarks.ATTRIBUTE, SourceMarks.value(locationOf(node, file, firstLine)));
                }
            });
        }
        return renderer.build();
    }

    /**
     * Renders the body of the page at {@code pagePath}.
     *
     * @param file the file the Markdown came from, and {@code firstLine} the line it starts on there
     */
    public RenderedMarkdown render(String pagePath, String markdown, Path file, int firstLine, Problems problems) {
        return render(pagePath, markdown, file, firstLine, FencedBlocks.NONE, problems);
    }

    /**
     * The document as the renderer reads it, with the source span of every block and inline, for
     * checks of what a page says; none for a page nested too deep, which {@link #render} reports.
     */
    public Optional<Node> parse(String markdown) {
        try {
            return Optional.of(parser.parse(markdown));
        } catch (NestingLimit.TooDeep e) {
            return Optional.empty();
        }
    }

    /** Renders the body of a page, turning fenced blocks that {@code blocks} knows into their HTML. */
    public RenderedMarkdown render(String pagePath, String markdown, Path file, int firstLine, FencedBlocks blocks,
            Problems problems) {
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (NestingLimit.TooDeep e) {
            problems.add(e.problem(file, firstLine));
            return RenderedMarkdown.tooDeep();
        }
        List<PageLink> links = new ArrayList<>();
        List<WebLink> webLinks = new ArrayList<>();
        List<FencedCodeBlock> fenced = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                fenced.add(block);
            }

            @Override
            public void visit(HtmlBlock html) {
                refuseHtml(html);
            }

            @Override
            public void visit(HtmlInline html) {
                refuseHtml(html);
            }

            private void refuseHtml(Node html) {
                problems.add(Problem.error("markdown.raw-html", locationOf(html, file, firstLine),
                        "raw HTML is not allowed in a page",
                        "write it in Markdown (headings, lists, tables, links); the theme provides the rest"));
            }

            @Override
            public void visit(Image image) {
                problems.add(Problem.error("markdown.image", locationOf(image, file, firstLine),
                        "images are not supported in pages",
                        "describe what the image shows in words, or as a table"));
            }

            @Override
            public void visit(Link link) {
                Location at = locationOf(link, file, firstLine);
                if (SCHEME.matcher(link.getDestination()).find()) {
                    checkOutgoing(link.getDestination(), at, problems).ifPresent(address ->
                            webLinks.add(new WebLink(address, at)));
                } else {
                    rewrite(pagePath, link, at, links, problems);
                }
                visitChildren(link);
            }
        });
        for (FencedCodeBlock block : fenced) {
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            blocks.render(pagePath, info, block.getLiteral(), locationOf(block, file, firstLine), problems).ifPresent(html -> {
                block.insertAfter(new EmbeddedHtml(html));
                block.unlink();
            });
        }
        return new RenderedMarkdown(renderer(file, firstLine).render(document), links, webLinks, true);
    }

    /** HTML that the engine made for a block of the page; written as it is. */
    private static final class EmbeddedHtml extends CustomBlock {
        private final String html;

        EmbeddedHtml(String html) {
            this.html = html;
        }
    }

    private static final class EmbeddedHtmlRenderer implements NodeRenderer {
        private final HtmlWriter writer;

        EmbeddedHtmlRenderer(HtmlNodeRendererContext context) {
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(EmbeddedHtml.class);
        }

        @Override
        public void render(Node node) {
            writer.line();
            writer.raw(((EmbeddedHtml) node).html);
            writer.line();
        }
    }

    /**
     * Checks a link out of the site is one a reader can follow: a well-formed web address, e-mail
     * address or phone number (whose form the published-HTML checks hold to international form).
     *
     * @return the web address, for the online check
     */
    private static Optional<String> checkOutgoing(String destination, Location at, Problems problems) {
        String scheme = destination.substring(0, destination.indexOf(':')).toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                if (Addresses.isWebAddress(destination)) {
                    return Optional.of(destination);
                }
                problems.add(Problem.error("link.malformed", at, "'" + destination + "' is not a well-formed web address",
                        "copy the address from the browser's address bar, starting https://"));
            }
            case "mailto" -> {
                String address = destination.substring("mailto:".length()).split("\\?", 2)[0];
                if (!Addresses.isEmail(address)) {
                    problems.add(Problem.error("link.malformed", at, "'" + address + "' is not a well-formed e-mail address",
                            "write the link as mailto:name@domain"));
                }
            }
            case "tel" -> { }
            default -> problems.add(Problem.error("link.malformed", at,
                    "a link to '" + destination + "' is neither a web address, an e-mail address nor a phone number",
                    "link to an https: address, a mailto: address or a tel: number; a reader's browser may not open other kinds"));
        }
        return Optional.empty();
    }

    private static void rewrite(String pagePath, Link link, Location at, List<PageLink> links, Problems problems) {
        String destination = link.getDestination();
        int hash = destination.indexOf('#');
        String file = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? "" : destination.substring(hash + 1);
        if (file.isEmpty()) {
            links.add(new PageLink(pagePath, anchor, at));
            return;
        }
        if (!file.endsWith(".md")) {
            problems.add(Problem.error("link.not-a-page", at, "link to '" + destination + "' does not name a page",
                    "link to the page's .md file, for example [contacts](contacts.md) or [home](../index.md)"));
            return;
        }
        var target = PagePaths.resolve(pagePath, file);
        if (target.isEmpty()) {
            problems.add(Problem.error("link.outside-site", at, "link to '" + destination + "' leads outside the site",
                    "remove a '../' so the link stays within the pages folder"));
            return;
        }
        links.add(new PageLink(target.get(), anchor, at));
        link.setDestination(PagePaths.relative(pagePath, PagePaths.htmlFile(target.get()))
                + (anchor.isEmpty() ? "" : "#" + anchor));
    }

    /**
     * Where a node of a document {@link #parse parsed} from the Markdown starting on line
     * {@code firstLine} of {@code file} begins.
     */
    public static Location locationOf(Node node, Path file, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return Location.of(file, firstLine);
        }
        SourceSpan span = spans.get(0);
        return new Location(file, firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
    }
}

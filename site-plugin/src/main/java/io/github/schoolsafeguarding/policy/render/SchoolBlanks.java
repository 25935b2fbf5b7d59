package io.github.schoolsafeguarding.policy.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns the markers that {@link SchoolField#placeholderScope()} put into a page's text into blanks
 * for the school to fill: {@code <span class="school-field" data-school-field="name">[name of
 * school]</span>}. A marker whose key is not a school field stays as the text it is.
 */
final class SchoolBlanks implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> marked = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf(SchoolField.OPEN) >= 0) {
                    marked.add(text);
                }
            }
        });
        marked.forEach(SchoolBlanks::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        int start = 0;
        int open = literal.indexOf(SchoolField.OPEN);
        while (open >= 0) {
            int close = literal.indexOf(SchoolField.CLOSE, open);
            if (close < 0) {
                break;
            }
            var field = SchoolField.byKey(literal.substring(open + 1, close));
            if (field.isPresent()) {
                if (open > start) {
                    text.insertBefore(new Text(literal.substring(start, open)));
                }
                text.insertBefore(new Blank(field.get()));
                start = close + 1;
            }
            open = literal.indexOf(SchoolField.OPEN, close);
        }
        if (start < literal.length()) {
            text.insertBefore(new Text(literal.substring(start)));
        }
        text.unlink();
    }

    /** One blank in the text of a page. */
    static final class Blank extends CustomNode {
        final SchoolField field;

        Blank(SchoolField field) {
            this.field = field;
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlWriter writer;

        Renderer(HtmlNodeRendererContext context) {
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Blank.class);
        }

        @Override
        public void render(Node node) {
            SchoolField field = ((Blank) node).field;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "school-field");
            attributes.put("data-school-field", field.key());
            writer.tag("span", attributes);
            writer.text("[" + field.blank() + "]");
            writer.tag("/span");
        }
    }
}

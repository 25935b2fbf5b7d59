package io.github.schoolsafeguarding.policy.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** A Markdown node's words without their marks, as the heading-anchor extension reads a heading to make its id. */
public final class NodeText {

    private NodeText() {}

    /** The literal text and code of a node and everything inside it, in order. */
    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}

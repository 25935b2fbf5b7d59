package io.github.schoolsafeguarding.policy.render;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives each cell of a Markdown table's body its column's heading as {@code data-label}, so that a
 * theme can lay a wide table out on a phone as one card a row, each value after its heading, while
 * the table stays a table for a desktop and for screen readers.
 */
final class ColumnLabels implements AttributeProvider {

    static final String ATTRIBUTE = "data-label";

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof TableCell cell) || cell.isHeader() || cell.getParent() == null
                || cell.getParent().getParent() == null
                || !(cell.getParent().getParent().getParent() instanceof TableBlock table)
                || !(table.getFirstChild() instanceof TableHead head) || head.getFirstChild() == null) {
            return;
        }
        Node heading = head.getFirstChild().getFirstChild();
        for (Node before = cell.getPrevious(); before != null && heading != null; before = before.getPrevious()) {
            heading = heading.getNext();
        }
        if (heading != null) {
            attributes.put(ATTRIBUTE, NodeText.of(heading).trim());
        }
    }
}

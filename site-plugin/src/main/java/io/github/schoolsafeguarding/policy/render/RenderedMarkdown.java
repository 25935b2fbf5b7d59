package io.github.schoolsafeguarding.policy.render;

import java.util.List;

/**
 * A page body as HTML, with the links to other pages that it holds and those leading out of the site.
 *
 * @param read whether the body could be read: a page nested too deep is published empty, with its
 *     own error, and links to its headings are not reported a second time as broken
 */
public record RenderedMarkdown(String html, List<PageLink> links, List<WebLink> webLinks, boolean read) {

    /** The body of a page nested too deep, which {@link MarkdownRenderer#render} reports. */
    static RenderedMarkdown tooDeep() {
        return new RenderedMarkdown("", List.of(), List.of(), false);
    }
}

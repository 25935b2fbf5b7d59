package io.github.schoolsafeguarding.policy.render;

import java.util.List;

/** A page body as HTML, with the links to other pages that it holds and those leading out of the site. */
public record RenderedMarkdown(String html, List<PageLink> links, List<WebLink> webLinks) {}

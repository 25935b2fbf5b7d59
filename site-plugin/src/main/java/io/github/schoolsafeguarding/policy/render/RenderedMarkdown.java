package io.github.schoolsafeguarding.policy.render;

import java.util.List;

/** A page body as HTML, with the links to other pages that it holds. */
public record RenderedMarkdown(String html, List<PageLink> links) {}

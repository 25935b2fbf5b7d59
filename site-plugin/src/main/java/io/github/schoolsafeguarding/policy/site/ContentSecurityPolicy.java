package io.github.schoolsafeguarding.policy.site;

/**
 * The Content-Security-Policy of the published site, defined once: every page carries it in a
 * {@code <meta http-equiv>} element (templates read it as {@code {{site.content_security_policy}}}),
 * so that a host that sends no headers, or a shared drive opened from {@code file://}, applies it too,
 * and the preview server sends it as a header.
 *
 * <p>The site loads only its own files: its stylesheet, its scripts and its search index (scripts
 * too). So everything may come from the site's own origin and nothing from anywhere else, with no
 * inline script or style, no plugins and no {@code <base>}. From {@code file://} Chromium lets
 * {@code 'self'} match the site's own {@code file:} URLs, as the browser tests check. Only directives
 * a {@code <meta>} element may carry are used: browsers ignore {@code frame-ancestors},
 * {@code report-uri} and {@code sandbox} there, and Chromium logs an error for each.
 */
public final class ContentSecurityPolicy {

    public static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private ContentSecurityPolicy() {}
}

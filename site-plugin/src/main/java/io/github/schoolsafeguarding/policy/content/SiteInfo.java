package io.github.schoolsafeguarding.policy.content;

/**
 * The site as a whole, from {@code site.yaml}. {@code exitPage} is where 'Exit this page' leads: a
 * neutral page that gives nothing away to someone looking at the screen. {@code checks} are the
 * board's own settings for the compliance rules.
 */
public record SiteInfo(String title, String description, String exitPage, Checks checks) {

    /** The neutral page GOV.UK's own 'Exit this page' uses unless a service chooses another. */
    public static final String DEFAULT_EXIT_PAGE = "https://www.bbc.co.uk/weather";
}

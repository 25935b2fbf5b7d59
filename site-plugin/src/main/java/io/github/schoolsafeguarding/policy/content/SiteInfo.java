package io.github.schoolsafeguarding.policy.content;

import java.util.List;
import java.util.Optional;

/**
 * The site as a whole, from {@code site.yaml}. {@code exitPage} is where 'Exit this page' leads: a
 * neutral page that gives nothing away to someone looking at the screen. {@code checks} are the
 * board's own settings for the compliance rules. {@code address} is where the site is published on
 * the web, ending in {@code /}, when the board has said: a feed reader needs whole addresses to follow
 * a link, where the pages themselves do with relative ones.
 */
public record SiteInfo(String title, String description, String exitPage, Checks checks, Optional<String> address) {

    /** The neutral page GOV.UK's own 'Exit this page' uses unless a service chooses another. */
    public static final String DEFAULT_EXIT_PAGE = "https://www.bbc.co.uk/weather";

    /**
     * The site as readers in one area see it: with the area's own title and exit page where it gives
     * them, and its secure e-mail domains added to these.
     */
    SiteInfo forArea(Optional<String> areaTitle, Optional<String> areaExitPage, List<String> areaSecureEmailDomains) {
        return new SiteInfo(areaTitle.orElse(title), description, areaExitPage.orElse(exitPage),
                checks.withSecureEmailDomains(areaSecureEmailDomains), address);
    }
}

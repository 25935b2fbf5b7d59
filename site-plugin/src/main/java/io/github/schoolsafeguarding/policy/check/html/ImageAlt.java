package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.CheckedPage.quote;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Every image says what it shows in {@code alt}, so that a reader who cannot see it loses nothing;
 * an empty {@code alt} only where the image is marked as decoration, so that it is skipped on purpose
 * and not by mistake. (The HTML standard forbids a role on an image with an empty {@code alt}, so
 * a {@code role} of {@code presentation} passes here and is reported by the Nu checker instead.)
 */
final class ImageAlt implements PageRule {

    static final String ID = "html.image-alt";

    private static final Set<String> DECORATIVE_ROLES = Set.of("presentation", "none");

    @Override
    public void check(CheckedPage page, List<Finding> findings) {
        for (Element image : page.document().select("img")) {
            if (!image.hasAttr("alt")) {
                findings.add(page.error(ID, image, "image " + quote(image.attr("src")) + " has no alt text",
                        "say what the image shows in alt=\"...\"; if it only decorates, write alt=\"\""
                                + " and aria-hidden=\"true\""));
            } else if (image.attr("alt").isBlank() && !isDecorative(image)) {
                findings.add(page.error(ID, image, "image " + quote(image.attr("src"))
                                + " has an empty alt text but is not marked as decoration",
                        "say what the image shows in alt=\"...\", or add aria-hidden=\"true\" if it only decorates"));
            }
        }
    }

    private static boolean isDecorative(Element image) {
        return DECORATIVE_ROLES.contains(image.attr("role").strip())
                || CheckedPage.isAriaHidden(image) || image.parents().stream().anyMatch(CheckedPage::isAriaHidden);
    }
}

package io.github.schoolsafeguarding.policy.frontend;

import com.sass_lang.embedded_protocol.InboundMessage.ImportResponse.ImportSuccess;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.importer.CustomImporter;
import java.nio.charset.StandardCharsets;

/**
 * Finds GOV.UK Frontend's Sass in its WebJar: {@code @import "govuk-frontend/dist/govuk/base"} in the
 * theme, and every import inside GOV.UK Frontend after that. A separate importer from the theme's own
 * on purpose: Dart Sass counts a file loaded by another importer than the stylesheet's as a
 * dependency, and its {@code quietDeps} then keeps GOV.UK Frontend's deprecation warnings out of the
 * build log, while the theme's own are still shown.
 */
final class GovukImporter extends CustomImporter {

    /** How the theme imports GOV.UK Frontend's Sass. */
    private static final String PACKAGE = "govuk-frontend/";

    private static final String SCHEME = "govuk:/";

    @Override
    public String canonicalize(String url, boolean fromImport) {
        String path;
        if (url.startsWith(PACKAGE)) {
            path = url.substring(PACKAGE.length());
        } else if (url.startsWith(SCHEME)) {
            path = url.substring(SCHEME.length());
        } else {
            return null;
        }
        if (path.contains("..")) {
            return null;
        }
        return ThemeImporter.candidates(path).stream().filter(GovukFrontend::has).findFirst()
                .map(found -> SCHEME + found).orElse(null);
    }

    @Override
    public ImportSuccess handleImport(String canonicalUrl) {
        String path = canonicalUrl.substring(SCHEME.length());
        byte[] contents = GovukFrontend.resource(path)
                .orElseThrow(() -> new IllegalStateException("GOV.UK Frontend has no " + path));
        return ImportSuccess.newBuilder()
                .setContents(new String(contents, StandardCharsets.UTF_8))
                .setSyntax(path.endsWith(".css") ? Syntax.CSS : Syntax.SCSS)
                .build();
    }
}

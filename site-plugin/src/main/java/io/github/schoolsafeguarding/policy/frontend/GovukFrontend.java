package io.github.schoolsafeguarding.policy.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** The GOV.UK Frontend package, as the WebJar on the plugin's class path holds it. */
final class GovukFrontend {

    private static final String PROPERTIES = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    /** The package's version, read from the WebJar so that upgrading it is a change to the pom alone. */
    static final String VERSION = version();

    private static final String ROOT = "META-INF/resources/webjars/govuk-frontend/" + VERSION + "/";

    private GovukFrontend() {}

    static boolean has(String path) {
        return GovukFrontend.class.getClassLoader().getResource(ROOT + path) != null;
    }

    /** A file of the npm package, by its path in the package (such as {@code dist/govuk/all.bundle.js}). */
    static Optional<byte[]> resource(String path) {
        try (InputStream in = GovukFrontend.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + path, e);
        }
    }

    private static String version() {
        try (InputStream in = GovukFrontend.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend is not on the class path (" + PROPERTIES + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

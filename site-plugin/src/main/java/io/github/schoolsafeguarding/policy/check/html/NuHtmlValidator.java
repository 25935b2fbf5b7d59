package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu), run as a library. It never reaches
 * the network: its schemas come from its own jar, and anything else a page could name resolves to
 * nothing. Not thread-safe: one per thread.
 */
final class NuHtmlValidator {

    static final String ID = "html.invalid";

    /** HTML with SVG and MathML, read from the copy inside the checker's jar, never fetched. */
    private static final String SCHEMA = "http://s.validator.nu/html5.rnc";

    /**
     * The checker's own findings that a rule of ours reports too, with a fix in Markdown terms: a
     * skipped heading level ({@link HeadingOrder}) and an image without alt text ({@link ImageAlt}).
     */
    private static final List<Pattern> REPORTED_BY_OUR_RULES = List.of(
            Pattern.compile("^The heading “h\\d” \\(with computed level \\d+\\) follows the heading “h\\d”.*skipping"),
            Pattern.compile("^An “img” element must have an “alt” attribute"));

    static {
        // the checker logs through log4j 1.2; what matters comes back through the error handler
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new NullAppender());
        }
    }

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    private final List<SAXParseException> errors = new ArrayList<>();

    NuHtmlValidator() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
                // advice ("consider...", "unnecessary role"), not errors of the HTML standard
            }

            @Override
            public void error(SAXParseException error) {
                errors.add(error);
            }

            @Override
            public void fatalError(SAXParseException error) {
                errors.add(error);
            }
        };
        try {
            validator.setUpMainSchema(SCHEMA, handler);
            validator.setUpValidatorAndParsers(handler, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker cannot load its HTML schema", e);
        }
    }

    /**
     * The errors of a page, each at the template or Markdown line that wrote the element it is in,
     * with its line and column in the published page.
     */
    List<Finding> check(HtmlPage page) {
        SourceMarks.Positions positions = SourceMarks.positions(page.markedHtml());
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(
                    positions.published().getBytes(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML checker failed on " + page.file(), e);
        }
        int[] lineStarts = lineStarts(positions.published());
        List<Finding> findings = new ArrayList<>();
        for (SAXParseException error : errors) {
            if (REPORTED_BY_OUR_RULES.stream().anyMatch(pattern -> pattern.matcher(error.getMessage()).find())) {
                continue;
            }
            int line = Math.max(1, Math.min(error.getLineNumber(), lineStarts.length));
            int column = Math.max(1, error.getColumnNumber());
            Location at = positions.before(lineStarts[line - 1] + column - 1).orElse(Location.of(page.source()));
            findings.add(new Finding(ID, Severity.ERROR, at, "invalid HTML: " + error.getMessage().strip(),
                    "change the markup written here so that the page is valid HTML", page, line, column));
        }
        return findings;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}

package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.checker.Checker;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.SchemaReader;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.auto.AutoSchemaReader;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.TypedInputSource;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu), run as a library. It never reaches
 * the network: its schemas come from its own jar, and anything else a page could name resolves to
 * nothing. Not thread-safe: one per thread.
 *
 * <p>It is put together as the checker's own {@code SimpleDocumentValidator} (26.5.2) puts it
 * together for an HTML page, the same schema, checkers, parser settings and error reporting, less
 * one thing: that class also records where every element and text of the page starts, to show an
 * extract around each error. The findings need only the error's line and column, which the parser
 * gives; recording the places took a quarter of a large build's time.
 *
 * <p>Its tokenizer's loop and its assertions' {@code startElement} are each over 8,000 bytes of
 * bytecode, which HotSpot leaves interpreted unless told {@code -XX:-DontCompileHugeMethods}. The
 * project's {@code .mvn/jvm.config} and the tests' {@code argLine} say so: compiled, a page is
 * checked in 2.5 times less CPU.
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
            // no one sees its messages, so it need not even build them (one per element, before)
            Logger.getLogger("nu.validator").setLevel(Level.OFF);
        }
        // read by its checkers on each page, as SimpleDocumentValidator sets them: no guessing a
        // page's language from its words, and RDFa Lite rather than full RDFa
        System.setProperty("nu.validator.checker.enableLangDetection", "0");
        System.setProperty("nu.validator.schema.rdfa-full", "0");
    }

    /**
     * Pages checked with one validator before it is replaced. The schema's validator remembers
     * what it worked out for each pattern and value it met, which makes the next page twice as
     * quick, but it would keep every page's attribute values for ever: a new one every so many pages
     * holds memory to what a few pages need, at the cost of a slower page now and then.
     */
    static final int PAGES_PER_VALIDATOR = 100;

    private final List<SAXParseException> reported = new ArrayList<>();
    private final ErrorHandler handler = new ErrorHandler() {
        @Override
        public void warning(SAXParseException warning) {
            // advice ("consider...", "unnecessary role"), not errors of the HTML standard
        }

        @Override
        public void error(SAXParseException error) {
            reported.add(error);
        }

        @Override
        public void fatalError(SAXParseException error) {
            reported.add(error);
        }
    };
    private final PropertyMap properties = properties(handler);
    private Validator validator;
    private int pagesChecked;

    /**
     * The parser, as the checker's own set-up configures it. A new one for each page: a parser
     * keeps a little of the last page it read (where its last character reference was).
     */
    private XMLReader parser() {
        HtmlParser html = new HtmlParser();
        html.setCommentPolicy(XmlViolationPolicy.ALLOW);
        html.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        html.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        html.setNamePolicy(XmlViolationPolicy.ALLOW);
        html.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        html.setMappingLangToXmlLang(true);
        html.setHeuristics(Heuristics.ALL);
        html.setErrorHandler(handler);
        try {
            html.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML checker's parser cannot check Unicode normalization", e);
        }
        HashMap<String, String> profile = new HashMap<>();
        profile.put("html-strict", "warn");
        html.setErrorProfile(profile);
        XMLReader parser = new AttributesPermutingXMLReaderWrapper(html);
        parser.setContentHandler(validator.getContentHandler());
        return parser;
    }

    /** The schema and every checker of the checker's own set-up for HTML, in its order. */
    private Validator validator() {
        Validator combined = HtmlSchema.INSTANCE.createValidator(properties);
        combined = new CombineValidator(combined, CheckerSchema.ASSERTION_SCH.createValidator(properties));
        combined = new CombineValidator(combined, CheckerSchema.LANGUAGE_DETECTING_CHECKER.createValidator(properties));
        for (Checker checker : List.of(new TableChecker(), new DuplicateDtChecker(),
                new HeadingHierarchyChecker(), new MicrodataChecker(), new NormalizationChecker(),
                new SpeculationRulesChecker(), new TextContentChecker(), new UncheckedSubtreeWarner(),
                new UsemapChecker(), new XmlPiChecker(), new CspEnforcementChecker())) {
            combined = new CombineValidator(combined, new CheckerValidator(checker, properties));
        }
        return combined;
    }

    /**
     * The HTML schema, read once: its compiled patterns are shared by every thread's validator, as a
     * Jing schema is safe for concurrent use, and only the validators it makes hold a page's state.
     * The wrappers, as the checker's own set-up applies them, let through what the schema cannot
     * describe: data-*, aria-*, xml:lang, role, template contents and custom elements.
     */
    private static final class HtmlSchema {

        static final Schema INSTANCE = read();

        private static Schema read() {
            ErrorHandler failing = new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {}

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            };
            LocalCacheEntityResolver resolver = new LocalCacheEntityResolver(new NullEntityResolver());
            resolver.setAllowRnc(true);
            PropertyMapBuilder builder = new PropertyMapBuilder(properties(failing));
            builder.put(ValidateProperty.ENTITY_RESOLVER, resolver);
            try {
                TypedInputSource input = (TypedInputSource) resolver.resolveEntity(null, SCHEMA);
                SchemaReader reader = "application/relax-ng-compact-syntax".equals(input.getType())
                        ? CompactSchemaReader.getInstance() : new AutoSchemaReader();
                Schema schema = reader.createSchema(input, builder.toPropertyMap());
                schema = new DataAttributeDroppingSchemaWrapper(schema);
                schema = new AriaAttributeDroppingSchemaWrapper(schema);
                schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
                schema = new RoleAttributeFilteringSchemaWrapper(schema);
                schema = new TemplateElementDroppingSchemaWrapper(schema);
                return new NamespaceChangingSchemaWrapper(schema);
            } catch (Exception e) {
                throw new IllegalStateException("the Nu HTML checker cannot load its HTML schema " + SCHEMA, e);
            }
        }
    }

    private static PropertyMap properties(ErrorHandler handler) {
        PropertyMapBuilder builder = new PropertyMapBuilder();
        builder.put(ValidateProperty.ERROR_HANDLER, handler);
        builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(builder);
        return builder.toPropertyMap();
    }

    /**
     * The errors the checker finds in a published page, as it reports them. Nothing of a page is
     * kept but what the validator remembers of patterns and values, and only until it is replaced.
     */
    List<SAXParseException> errors(String publishedHtml) {
        if (pagesChecked++ % PAGES_PER_VALIDATOR == 0) {
            validator = validator();
        }
        reported.clear();
        validator.reset();
        // as bytes declared UTF-8, as the checker reads a page it is given, so that it checks the
        // page's own declaration of its encoding against them
        InputSource input = new InputSource(new ByteArrayInputStream(publishedHtml.getBytes(StandardCharsets.UTF_8)));
        input.setEncoding("UTF-8");
        try {
            parser().parse(input);
        } catch (SAXParseException e) {
            // a fatal error, already reported to the handler, ends the page
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML checker failed", e);
        }
        List<SAXParseException> found = List.copyOf(reported);
        reported.clear();
        return found;
    }

    /**
     * The errors of a page, each at the template or Markdown line that wrote the element it is in,
     * with its line and column in the published page.
     */
    List<Finding> check(HtmlPage page) {
        SourceMarks.Positions positions = SourceMarks.positions(page.markedHtml());
        List<SAXParseException> errors;
        try {
            errors = errors(positions.published());
        } catch (IllegalStateException e) {
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

package io.github.schoolsafeguarding.policy.check.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.checker.Checker;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The checker as we put it together finds what the checker's own {@code SimpleDocumentValidator}
 * finds, the way the HTML checks used it before, on every page of an area of the real site, as
 * published and with mistakes written into it; and it carries nothing from one page to the next but
 * what its validator remembers of patterns and values, until that is renewed.
 */
class NuHtmlValidatorOnRealPagesTest {

    /** Mistakes of each kind the checker's parts look for, written into pages at random places. */
    private static final List<String> MISTAKES = List.of(
            "<p><div>a block in a paragraph</div></p>", "</span>", "<p foo=\"bar\">unknown attribute</p>",
            "<a href=\"http://exa mple.org/\">space in an address</a>", "<input type=\"bogus\">",
            "<img src=\"a.png\">", "<h5>skipped levels</h5>", "<p>e\u0301 not normalized</p>",
            "<table><tr><td colspan=\"3\">a</td></tr><tr><td>b</td></tr></table>", "<center>old</center>",
            "<font color=\"red\">old</font>", "<div itemprop=\"name\">no item</div>",
            "<dl><dt>a</dt><dt>a</dt><dd>twice</dd></dl>", "<div role=\"bogus\">role</div>",
            "<script type=\"speculationrules\">{not json</script>", "<img usemap=\"#nowhere\" alt=\"\" src=\"a.png\">",
            "<?xml-stylesheet href=\"a.css\"?>", "<a href=\"#\"><button>nested</button></a>",
            "<label for=\"nothing-has-this-id\">label</label>", "<template><p>in a template</template>",
            "<my-element foo=\"1\">custom</my-element>", "<p xml:lang=\"en\">xml:lang</p>", "<p>&bogus; &#0;</p>",
            "<span id=\"a b\">space in an id</span>", "<ul><p>not a list item</p></ul>", "<a href=\"#\" title>t</a>",
            "<meta charset=\"utf-8\">", "<style>p { color: red; }</style>", "<button><a href=\"#\">a</a></button>",
            "<p aria-hidden=\"maybe\">aria</p>", "<svg><rect width=\"-1\"/></svg>", "<math><mi>x</mi></math>",
            "<div data-Foo=\"1\">data</div>", "<form><input name=\"a\" required=\"no\"></form>", "<td>stray cell</td>");

    @TempDir
    static Path site;

    private static List<String> pages;

    /** The classes whose fields {@link #reachableObjects} could not look into. */
    private static final Set<String> unreadable = new TreeSet<>();

    @BeforeAll
    static void publishTheRealContent() throws Exception {
        // one area: the others publish mostly the same pages
        String area;
        try (Stream<Path> areas = Files.list(Path.of("../content/areas"))) {
            area = areas.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .findFirst().orElseThrow();
        }
        SitePublisher.builder().content(Path.of("../content")).theme(Path.of("../theme")).areas(List.of(area))
                .fixedDay(testsDay(), "the tests' fixed day").build().publish(site);
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().map(NuHtmlValidatorOnRealPagesTest::read)
                    .toList();
        }
        Random random = new Random(16);
        List<String> broken = new ArrayList<>();
        for (String page : pages) {
            StringBuilder html = new StringBuilder(page);
            for (int i = 0; i < 4; i++) {
                int at = html.indexOf(">", random.nextInt(html.length())) + 1;
                html.insert(at == 0 ? html.length() : at, MISTAKES.get(random.nextInt(MISTAKES.size())));
            }
            broken.add(html.toString());
        }
        pages = Stream.concat(pages.stream(), broken.stream()).toList();
    }

    @Test
    void everyErrorTheCheckersOwnSetUpReportsIsReportedTheSame() {
        SimpleDocumentValidatorAsBefore before = new SimpleDocumentValidatorAsBefore();
        NuHtmlValidator now = new NuHtmlValidator();
        int errors = 0;
        for (String page : pages) {
            List<String> expected = before.errors(page);
            assertEquals(expected, described(now.errors(page)));
            errors += expected.size();
        }
        assertTrue(errors > pages.size(), "the broken pages have errors: " + errors);
    }

    @Test
    void aPageGivesTheSameErrorsAndLeavesTheSameStateAfterAThousandOthersAsAlone() {
        String page = pages.get(pages.size() - 1);
        NuHtmlValidator alone = new NuHtmlValidator();
        List<String> aloneErrors = described(alone.errors(page));
        NuHtmlValidator after = new NuHtmlValidator();
        checkPages(after, 0, 1000);

        assertEquals(aloneErrors, described(after.errors(page)));
        assertEquals(reachableObjects(alone), reachableObjects(after));
        assertEquals(Set.of("nu.validator.checker.LanguageDetectingChecker",
                "nu.validator.checker.schematronequiv.Assertions"), unreadable);
    }

    @Test
    void whatTheValidatorRemembersBetweenPagesGoesBackNoFurtherThanItsLastRenewal() {
        int sinceRenewal = NuHtmlValidator.PAGES_PER_VALIDATOR / 2;
        String page = pages.get(0);
        NuHtmlValidator after = new NuHtmlValidator();
        checkPages(after, 0, 1000 + sinceRenewal);
        after.errors(page);
        NuHtmlValidator recent = new NuHtmlValidator();
        checkPages(recent, 1000, 1000 + sinceRenewal);
        recent.errors(page);

        assertEquals(reachableObjects(recent), reachableObjects(after));
    }

    private static void checkPages(NuHtmlValidator validator, int from, int to) {
        for (int i = from; i < to; i++) {
            validator.errors(pages.get(i % pages.size()));
        }
    }

    private static List<String> described(List<SAXParseException> errors) {
        return errors.stream().map(error -> error.getLineNumber() + ":" + error.getColumnNumber() + " "
                + error.getMessage()).toList();
    }

    /**
     * How many objects the validator holds, through its own fields and those of the checker's
     * objects, and the JDK's collections and arrays they hold: anything kept of each page would add
     * to it, however small.
     */
    private static int reachableObjects(Object root) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Object object = todo.pop();
            if (seen.put(object, true) != null) {
                continue;
            }
            Class<?> type = object.getClass();
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    Stream.of((Object[]) object).filter(item -> item != null).forEach(todo::push);
                }
            } else if (object instanceof Collection<?> collection) {
                collection.stream().filter(item -> item != null).forEach(todo::push);
            } else if (object instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    todo.push(key);
                    if (value != null) {
                        todo.push(value);
                    }
                });
            } else if (!type.getModule().isNamed()) {
                // the fields every checker has are the parser's error handler and locator, which the
                // validator holds anyway, and the web service's request, a class the plugin leaves out
                for (Class<?> owner = type; owner != null && owner != Checker.class && !owner.getModule().isNamed(); owner = owner.getSuperclass()) {
                    for (Field field : fields(owner)) {
                        if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                            Object value = value(field, object);
                            if (value != null) {
                                todo.push(value);
                            }
                        }
                    }
                }
            }
        }
        return seen.size();
    }

    /**
     * The fields of a class; none for a class of the checker whose fields name a type the plugin
     * leaves out (the web service's request), which cannot be looked into: of the checkers we run,
     * the language detector, which is switched off, and the assertions; both are made anew with the
     * rest of the validator.
     */
    private static List<Field> fields(Class<?> type) {
        try {
            return List.of(type.getDeclaredFields());
        } catch (NoClassDefFoundError e) {
            unreadable.add(type.getName());
            return List.of();
        }
    }

    private static Object value(Field field, Object object) {
        try {
            field.setAccessible(true);
            return field.get(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** The checker's own set-up, as the HTML checks used it before: it also records every place. */
    private static final class SimpleDocumentValidatorAsBefore {

        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        private final List<SAXParseException> errors = new ArrayList<>();

        SimpleDocumentValidatorAsBefore() {
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException warning) {}

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
                validator.setUpMainSchema("http://s.validator.nu/html5.rnc", handler);
                validator.setUpValidatorAndParsers(handler, true, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> errors(String html) {
            errors.clear();
            try {
                validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(
                        html.getBytes(StandardCharsets.UTF_8))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return described(errors);
        }
    }

    /** The day the real content's tests check it for, from the root pom.xml. */
    private static LocalDate testsDay() {
        Matcher day = Pattern.compile("<guidance.tests.day>([0-9-]+)</guidance.tests.day>").matcher(read(Path.of("../pom.xml")));
        if (!day.find()) {
            throw new IllegalStateException("../pom.xml sets no <guidance.tests.day>");
        }
        return LocalDate.parse(day.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

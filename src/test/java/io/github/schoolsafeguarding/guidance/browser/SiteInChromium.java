package io.github.schoolsafeguarding.guidance.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class's tests (and its {@code @BeforeAll} and {@code @AfterAll} methods) the
 * published {@link Site} and a {@link Chromium} as parameters:
 *
 * <pre>{@code
 * @ExtendWith(SiteInChromium.class)
 * class SearchTest {
 *     @Test
 *     void findsThePoliceNumbers(Site site, Chromium browser) {
 *         browser.open(site.page(area + "/index.html"));
 *         ...
 *     }
 * }
 * }</pre>
 *
 * The site is published once for the whole test run, and a browser is started once per test class
 * (so a class may change its window size without unsettling another); both are removed when done.
 */
public final class SiteInChromium implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SiteInChromium.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Site.class || type == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Site.class) {
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Site.class, key -> Site.publish(), Site.class);
        }
        return classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
    }

    /** The context of the test class itself, whose store is closed when the class is done. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext;
    }
}

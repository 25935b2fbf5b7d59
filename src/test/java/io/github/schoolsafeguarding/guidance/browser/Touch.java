package io.github.schoolsafeguarding.guidance.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Taps as a finger does on a phone's touch screen: Chromium's touch screen emulation, and a touch
 * pressed and lifted at the middle of what is tapped (DevTools' {@code Input.dispatchTouchEvent}), so
 * the page sees touch events and the click a tap makes, not a mouse.
 *
 * <pre>{@code
 * browser.windowSize(375, 812);
 * Touch.screen(browser, true);
 * Touch.tap(browser, browser.driver().findElement(By.cssSelector("label[for='under_13-true']")));
 * }</pre>
 */
final class Touch {

    private Touch() {}

    /** Turns the emulated touch screen on, or off again for the tests that follow with the same browser. */
    static void screen(Chromium browser, boolean on) {
        cdp(browser, "Emulation.setTouchEmulationEnabled", Map.of("enabled", on, "maxTouchPoints", 1));
    }

    /**
     * Scrolls the element to the middle of the screen, as a reader scrolls to what they mean to
     * tap, then taps its middle.
     */
    static void tap(Chromium browser, WebElement element) {
        Map<?, ?> middle = (Map<?, ?>) browser.run("""
                arguments[0].scrollIntoView({block: 'center'});
                var box = arguments[0].getBoundingClientRect();
                return {x: box.left + box.width / 2, y: box.top + box.height / 2};
                """, element);
        Map<String, Object> point = Map.of("x", middle.get("x"), "y", middle.get("y"));
        cdp(browser, "Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        cdp(browser, "Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    private static void cdp(Chromium browser, String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
    }
}

package org.heard.it.browser.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.heard.it.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using the keyboard only: every key goes to whatever has focus, as it would
 * for a real keyboard, and the navigation keys (Tab, Enter) are counted, so that a
 * test can say how many presses a task takes. Typed text is not counted.
 */
public final class Keyboard extends Page {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

    private int presses;

    public Keyboard(Browser browser) {
        super(browser);
    }

    /** Tab, Shift+Tab and Enter pressed so far. */
    public int presses() {
        return presses;
    }

    public Keyboard tab() {
        return press(Keys.TAB);
    }

    /** Enter, on a control that stays on the page. */
    public Keyboard enter() {
        return press(Keys.ENTER);
    }

    /** Enter, on a link or button that loads another page; waits until that page has loaded. */
    public Keyboard enterAndWait() {
        WebElement focused = driver().switchTo().activeElement();
        press(Keys.ENTER);
        new WebDriverWait(driver(), PAGE_LOAD).until(d -> {
            try {
                focused.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waitForAjax();
        return this;
    }

    /** Types text into whatever has focus, key by key. */
    public Keyboard type(String text) {
        new Actions(driver()).sendKeys(text).perform();
        return this;
    }

    /**
     * Types text key by key, {@code pause} between keys, into whatever has focus: a
     * person typing steadily. The pauses are the browser driver's own (WebDriver actions).
     */
    public Keyboard typeSteadily(String text, Duration pause) {
        Actions actions = new Actions(driver());
        for (char key : text.toCharArray()) {
            actions.sendKeys(String.valueOf(key)).pause(pause);
        }
        actions.perform();
        return this;
    }

    /** Presses Tab until the element with the id has focus; fails after {@code limit} presses. */
    public Keyboard tabTo(String id, int limit) {
        for (int i = 0; i < limit; i++) {
            if (id.equals(focusedId())) {
                return this;
            }
            tab();
        }
        if (!id.equals(focusedId())) {
            throw new IllegalStateException(id + " not reached in " + limit + " presses of Tab; at " + focused());
        }
        return this;
    }

    /** Presses Tab until the element with focus matches the CSS selector; fails after {@code limit} presses. */
    public Keyboard tabToMatching(String selector, int limit) {
        for (int i = 0; i < limit && !focusMatches(selector); i++) {
            tab();
        }
        if (!focusMatches(selector)) {
            throw new IllegalStateException(selector + " not reached in " + limit + " presses of Tab; at " + focused());
        }
        return this;
    }

    private boolean focusMatches(String selector) {
        return Boolean.TRUE.equals(
                script("return !!document.activeElement && document.activeElement.matches(arguments[0]);", selector));
    }

    /** Presses Tab {@code count} times and describes each element that took focus. */
    public List<String> tabThrough(int count) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tab();
            order.add(focused());
        }
        return order;
    }

    /** The id of the element that has focus ("" when it has none). */
    public String focusedId() {
        return (String) script("return document.activeElement ? document.activeElement.id : '';");
    }

    /** The element that has focus, as "tag#id.class: text" (text cut to 60 characters). */
    public String focused() {
        return (String) ((JavascriptExecutor) driver())
                .executeScript("var e = document.activeElement; if (!e) { return ''; }"
                        + " var text = (e.innerText || e.value || '').trim().substring(0, 60);"
                        + " return e.tagName.toLowerCase() + '#' + e.id + '.' + (e.className || '') + ': ' + text;");
    }

    /** Whether the element with focus lies inside the element with the id. */
    public boolean focusIsWithin(String id) {
        return Boolean.TRUE.equals(script(
                "var c = document.getElementById(arguments[0]); return !!c && c.contains(document.activeElement);",
                id));
    }

    /** Presses Tab and counts it: a key a person presses. */
    private Keyboard press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
        presses++;
        return this;
    }
}

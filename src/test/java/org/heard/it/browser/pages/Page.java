package org.heard.it.browser.pages;

import java.net.URI;
import java.time.Duration;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page object shares: the browser it drives, and reading, typing and
 * clicking by element id (ids are stable; CSS structure is not). A control that loads
 * a new page is clicked through {@link Navigation#clickAndWait}; one that changes the
 * page by ajax is followed by {@link Browser#waitForAjax}. Never a sleep.
 */
public abstract class Page {

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    public String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    /** The path of the page's address, without the query. */
    public String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    public String url() {
        return driver().getCurrentUrl();
    }

    /** Whether the page's markup holds {@code text} anywhere. */
    public boolean shows(String text) {
        return driver().getPageSource().contains(text);
    }

    /** The global messages of the layout ({@code #messages}). */
    public String messages() {
        return text("messages");
    }

    /** The text of the page's main region. */
    public String main() {
        return text("main");
    }

    /** Fails if the page logged a JavaScript error. */
    public void assertNoJavaScriptErrors() {
        browser.assertNoJavaScriptErrors();
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    protected WebElement element(String id) {
        return driver().findElement(By.id(id));
    }

    protected boolean present(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    protected String text(String id) {
        return element(id).getText();
    }

    protected String value(String id) {
        return element(id).getAttribute("value");
    }

    /** Replaces the field's text. */
    protected void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Types after whatever the field holds. */
    protected void append(String id, String text) {
        element(id).sendKeys(text);
    }

    /** Sets a field's value by script (a date field, which typing would read by the browser's locale). */
    protected void setValue(String id, String value) {
        script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** Clicks a control that loads a new page, and waits for that page. */
    protected void navigate(String id) {
        navigate(element(id));
    }

    protected void navigate(WebElement control) {
        Navigation.clickAndWait(driver(), control);
    }

    /** Clicks a control that stays on the page (a radio button, a checkbox), brought into view first. */
    protected void tick(String id) {
        tick(element(id));
    }

    protected void tick(WebElement control) {
        script("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    /** Clicks the radio button or checkbox named {@code name} with the value {@code value}. */
    protected void choose(String name, String value) {
        driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .click();
    }

    protected void select(String id, String visibleText) {
        new Select(element(id)).selectByVisibleText(visibleText);
    }

    protected void waitForAjax() {
        browser.waitForAjax();
    }

    protected WebElement waitVisible(String id, int seconds) {
        return browser.waitUpTo(Duration.ofSeconds(seconds))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void waitInvisible(String id, int seconds) {
        browser.waitUpTo(Duration.ofSeconds(seconds)).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    /** Where the element is drawn. */
    protected Box box(WebElement element) {
        return Box.of(script("return arguments[0].getBoundingClientRect().toJSON();", element));
    }

    protected Box box(String id) {
        return box(element(id));
    }

    /** A computed style of the element ("font-size", "font-family"). */
    protected String style(WebElement element, String property) {
        return (String)
                script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }

    /** Whether the page is wider than the window (it scrolls sideways). */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(
                script("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
    }

    /** The font of the page's text (the body's family and size). */
    public String bodyFont() {
        WebElement body = driver().findElement(By.tagName("body"));
        return style(body, "font-family") + " " + style(body, "font-size");
    }

    /** Whether the element with the id has keyboard focus. */
    public boolean hasFocus(String id) {
        return Boolean.TRUE.equals(
                script("return document.activeElement && document.activeElement.id === arguments[0];", id));
    }

    /** The text of the page header (who is signed in, or that nobody is). */
    public String header() {
        return driver().findElement(By.className("heard-header")).getText();
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }
}

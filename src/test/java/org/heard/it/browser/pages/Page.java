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

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The layout's session dialogs, on every signed-in page: the warning before the idle
 * timeout (with "Stay signed in") and the notice that the session has ended.
 */
public final class SessionDialogs extends Page {

    public SessionDialogs(Browser browser) {
        super(browser);
    }

    /** Waits up to {@code seconds} for the warning; returns its text. */
    public String awaitWarning(int seconds) {
        return waitVisible("sessionWarning", seconds).getText();
    }

    public String warningText() {
        return text("session-warning-text");
    }

    /** Extends the session, and waits until the warning is gone. */
    public SessionDialogs staySignedIn() {
        element("sessionWarningForm:staySignedIn").click();
        waitForAjax();
        waitInvisible("sessionWarning", 10);
        return this;
    }

    /** Waits up to {@code seconds} for the notice that the session has ended; returns its text. */
    public String awaitExpired(int seconds) {
        return waitVisible("sessionExpired", seconds).getText();
    }

    public boolean warningShows() {
        return element("sessionWarning").isDisplayed();
    }

    public boolean expiredShows() {
        return element("sessionExpired").isDisplayed();
    }

    /** Waits up to {@code seconds} until the warning is gone (typing extended the session). */
    public SessionDialogs awaitWarningGone(int seconds) {
        waitInvisible("sessionWarning", seconds);
        return this;
    }

    /**
     * Whether the server still holds a signed-in session for this browser: asks the
     * keep-alive the page itself uses.
     */
    public boolean signedInOnServer() {
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById('heard-session').getAttribute('data-keep-alive'),"
                        + " {method: 'POST', credentials: 'same-origin', redirect: 'manual',"
                        + " headers: {'X-Heard-Request': 'keep-alive'}})"
                        + ".then(function (r) { return r.json(); })"
                        + ".then(function (a) { done(a.signedIn === true); }, function () { done(false); });");
        return Boolean.TRUE.equals(status);
    }

    /** Closes the notice with Escape, and waits until it is gone. */
    public SessionDialogs dismissExpired() {
        driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waitInvisible("sessionExpired", 10);
        return this;
    }
}

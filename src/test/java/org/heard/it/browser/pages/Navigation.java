package org.heard.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Clicking a control that loads a new page, and waiting until that page has loaded. */
public final class Navigation {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Navigation() {}

    /**
     * Clicks by script (a native click may be cut off when the new page replaces
     * the button mid-way), then waits until the old page is gone and the new one loaded.
     */
    public static void clickAndWait(WebDriver driver, WebElement control) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", control);
        new WebDriverWait(driver, LIMIT).until(d -> isGone(control));
        new WebDriverWait(driver, LIMIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the control's page is gone. Chromium's driver answers a question about an
     * element of a page being replaced either "stale element" or, mid-way through the
     * navigation, "node does not belong to the document"; both mean the page is gone.
     */
    private static boolean isGone(WebElement control) {
        try {
            control.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}

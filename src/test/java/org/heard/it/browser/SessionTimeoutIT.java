package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.Navigation;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The idle timeout, shortened to 40 seconds for this test: the warning appears
 * before the end, "Stay signed in" extends the session, and when it ends the page
 * stays as it was and offers to sign in again.
 */
class SessionTimeoutIT extends BrowserTestBase {

    private static Staff admin;
    private static Staff interviewer;

    @Deployment(testable = false)
    @TargetsContainer("short-session")
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        Org org = TestData.organisation("Timeout Authority");
        admin = TestData.staff(org, "Tim Timeout", null, "ADMIN");
        TestData.team(org, "Timeout Team");
        interviewer = TestData.staff(org, "Ivy Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    @Test
    @DisplayName("Warning, stay signed in, then the end of the session without losing the page")
    void warnExtendAndExpire() {
        browser.driver().manage().deleteAllCookies();
        SignInPage.open(browser.driver(), base).signIn(admin.username(), admin.password());
        assertEquals(
                "Administration", browser.driver().findElement(By.tagName("h1")).getText());

        WebElement warning = waitVisible("sessionWarning", 40);
        assertTrue(warning.getText().contains("You will be signed out soon"), warning.getText());
        assertTrue(browser.driver()
                .findElement(By.id("session-warning-text"))
                .getText()
                .startsWith("You have been inactive for a while."));
        browser.assertAccessible();
        browser.screenshot("session-warning");

        browser.driver().findElement(By.id("sessionWarningForm:staySignedIn")).click();
        browser.waitForAjax();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionWarning")));

        // The extended session is still valid on the server.
        browser.driver().navigate().refresh();
        assertEquals(
                "Administration", browser.driver().findElement(By.tagName("h1")).getText());

        WebElement expired = waitVisible("sessionExpired", 80);
        assertTrue(expired.getText().contains("Your session has ended."), expired.getText());
        assertEquals(
                "Administration", browser.driver().findElement(By.tagName("h1")).getText(), "the page stays");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("session-expired");

        browser.driver().navigate().refresh();
        assertEquals("Sign in", browser.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    @DisplayName("Text typed after the session ended stays on the page and is saved after signing in again")
    void textSurvivesTheEndOfTheSession() {
        var driver = browser.driver();
        driver.manage().deleteAllCookies();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        Navigation.clickAndWait(driver, driver.findElement(By.id("startInterview")));
        driver.findElement(By.id("start:mode:0")).click();
        driver.findElement(By.id("start:respondent:1")).click();
        driver.findElement(By.id("start:team:0")).click();
        Navigation.clickAndWait(driver, driver.findElement(By.id("start:begin")));
        driver.findElement(By.id("consent:read")).click();
        driver.findElement(By.cssSelector("label[for='consent:choice:2']")).click();
        browser.waitForAjax();
        driver.findElement(By.id("consent:agreed:0")).click();
        Navigation.clickAndWait(driver, driver.findElement(By.id("consent:record")));
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("answer:text")));
        String questionUrl = driver.getCurrentUrl();

        WebElement text = driver.findElement(By.id("answer:text"));
        text.sendKeys("Before the session ended.");
        waitForStatus("Saved ", 15);

        waitVisible("sessionExpired", 80);
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionExpired")));
        text.sendKeys(" Typed after it ended.");
        waitForStatus("Not saved", 15);
        assertTrue(
                driver.findElement(By.id("answer:text")).getAttribute("value").endsWith("Typed after it ended."));
        browser.screenshot("session-expired-not-saved");

        String interviewTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        driver.close();
        driver.switchTo().window(interviewTab);
        waitForStatus("Saved ", 30);
        browser.screenshot("session-expired-saved-after-signin");

        driver.get(questionUrl);
        assertEquals(
                "Before the session ended. Typed after it ended.",
                driver.findElement(By.id("answer:text")).getAttribute("value"));
    }

    private void waitForStatus(String prefix, int seconds) {
        browser.waitUpTo(Duration.ofSeconds(seconds))
                .until(ExpectedConditions.textMatches(
                        By.id("autosave-status"), java.util.regex.Pattern.compile("^" + prefix)));
    }

    private WebElement waitVisible(String id, int seconds) {
        return browser.waitUpTo(Duration.ofSeconds(seconds))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}

package org.heard.it.browser;

import java.net.URL;
import org.heard.it.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test class shares: one headless Chromium for the class, the
 * deployed application's URL on loopback, and a signed-out browser before each test.
 * Subclasses declare their own {@code @Deployment(testable = false)}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {

    protected static Browser browser;

    @ArquillianResource
    private URL deployed;

    /** Where the tests reach Heard: the deployed URL, on loopback. */
    protected URL base;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void onLoopbackSignedOut() {
        base = Deployments.loopback(deployed);
        // Leave the last test's page first, for a page of the same site without scripts,
        // so that none of its scripts (the session timer, an autosave) can navigate the
        // browser while this test opens its page; then forget the site's cookies.
        driver().get(base + "resources/heard/css/heard.css");
        driver().manage().deleteAllCookies();
    }

    protected WebDriver driver() {
        return browser.driver();
    }
}

package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.Navigation;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator keeps the organisation's glossary (a new version of a
 * shared definition, a term of its own), and the platform administrator
 * creates an organisation. Bad input keeps what was typed; axe-core checks
 * every page.
 */
class GlossaryAndOrganisationsIT extends BrowserTestBase {

    private static Org org;
    private static Staff admin;
    private static Staff platformAdmin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        org = TestData.organisation("Glossary Journey Council");
        admin = TestData.staff(org, "Gil Administrator", null, "ADMIN");
        platformAdmin = TestData.staff(org, "Pia Platform", null, "PLATFORM_ADMIN");
    }

    private void click(String id) {
        Navigation.clickAndWait(driver(), driver().findElement(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    @DisplayName("Publish a new version of a shared definition and add a term; an empty definition is refused")
    void editAndAdd() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click("glossary-link");
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();

        Navigation.clickAndWait(driver(), driver().findElement(By.cssSelector("#terms a[aria-label='Edit: trust']")));
        assertTrue(value("editForm:definition").contains("trust"), "the form starts from the definition in force");
        assertEquals("trustworthy", value("editForm:variants"));
        browser.assertAccessible();

        // Bad input: an empty definition is refused next to the field, and the variants typed stay.
        type("editForm:definition", "");
        type("editForm:variants", "trustworthy\ntrusted adult");
        click("editForm:publish");
        assertEquals(
                "Enter the definition.",
                driver().findElement(By.id("editForm:definition-error")).getText());
        assertEquals("trustworthy\ntrusted adult", value("editForm:variants"));
        browser.assertAccessible();

        String words = "Trust means we can rely on each other, said plainly.";
        type("editForm:definition", words);
        click("editForm:publish");
        assertTrue(driver().findElement(By.id("errors")).getText().contains("was published"));
        assertTrue(driver().findElement(By.id("history")).getText().contains(words), "the new version is listed");
        String row = driver().findElement(By.xpath("//*[@id='terms']//tr[td[1][normalize-space()='trust']]"))
                .getText();
        assertTrue(
                row.contains(words) && row.contains("trusted adult") && row.contains("your organisation's definition"),
                row);
        browser.assertAccessible();
        browser.screenshot("admin-glossary-edit");

        String term = "family network meeting " + TestData.randomLetters(4).toLowerCase(Locale.ROOT);
        type("addForm:term", term);
        type("addForm:variants", "network meeting");
        click("addForm:add");
        assertEquals(
                "Enter the definition.",
                driver().findElement(By.id("addForm:definition-error")).getText());
        assertEquals(term, value("addForm:term"), "what was typed stays");
        assertEquals("network meeting", value("addForm:variants"));
        browser.assertAccessible();
        type("addForm:definition", "A meeting of the people who matter to a child, to make a plan together.");
        click("addForm:add");
        assertTrue(driver().findElement(By.id("errors")).getText().contains("was added"));
        assertTrue(driver().findElement(By.id("terms")).getText().contains(term));
        assertEquals("", value("addForm:term"), "the form is empty again");
        browser.assertAccessible();
        browser.screenshot("admin-glossary-added");
    }

    @Test
    @DisplayName("The platform administrator creates an organisation and sees no organisation's pages")
    void createOrganisation() {
        SignInPage.open(driver(), base).signIn(platformAdmin.username(), platformAdmin.password());
        assertEquals("/platform/index.xhtml", new LandingPage(driver()).path());
        assertTrue(driver().findElement(By.id("organisations")).getText().contains(org.code()));
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();

        String code = TestData.randomLetters(4) + "2";
        type("organisationForm:name", "Westmere Borough Council");
        type("organisationForm:adminName", "Wendy First");
        click("organisationForm:create");
        assertEquals(
                "Enter the organisation's code.",
                driver().findElement(By.id("organisationForm:code-error")).getText());
        assertEquals("Westmere Borough Council", value("organisationForm:name"), "what was typed stays");
        browser.assertAccessible();

        String username = "wendy." + code.toLowerCase(Locale.ROOT);
        type("organisationForm:code", code.toLowerCase(Locale.ROOT));
        type("organisationForm:adminUsername", username);
        click("organisationForm:create");
        assertEquals(code, driver().findElement(By.id("created-code")).getText());
        assertEquals(username, driver().findElement(By.id("created-username")).getText());
        String temporary = driver().findElement(By.id("temporary-password")).getText();
        assertEquals(16, temporary.length());
        assertTrue(driver().findElement(By.id("organisations")).getText().contains("Westmere Borough Council"));
        browser.assertAccessible();
        browser.screenshot("platform-organisation-created");

        driver().get(base + "admin/index.xhtml");
        assertTrue(driver().getPageSource().contains("You do not have access to this page"));
        assertFalse(driver().getPageSource().contains("Gil Administrator"));

        try (Browser other = new Browser()) {
            SignInPage.open(other.driver(), base).signIn(username, temporary);
            assertEquals("/account/password.xhtml", new LandingPage(other.driver()).path(), "must change it first");
        }
    }
}

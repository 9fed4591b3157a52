package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.AdminHomePage;
import org.heard.it.browser.pages.GlossaryPage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.PlatformPage;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

    @Test
    @DisplayName("Publish a new version of a shared definition and add a term; an empty definition is refused")
    void editAndAdd() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        GlossaryPage glossary = new AdminHomePage(browser).openGlossary();
        browser.assertAccessible();
        glossary.assertNoJavaScriptErrors();

        glossary.edit("trust");
        assertTrue(glossary.editedDefinition().contains("trust"), "the form starts from the definition in force");
        assertEquals("trustworthy", glossary.editedVariants());
        browser.assertAccessible();

        // Bad input: an empty definition is refused next to the field, and the variants typed stay.
        glossary.editDefinition("").editVariants("trustworthy\ntrusted adult").publish();
        assertEquals("Enter the definition.", glossary.editDefinitionError());
        assertEquals("trustworthy\ntrusted adult", glossary.editedVariants());
        browser.assertAccessible();

        String words = "Trust means we can rely on each other, said plainly.";
        glossary.editDefinition(words).publish();
        assertTrue(glossary.errors().contains("was published"));
        assertTrue(glossary.history().contains(words), "the new version is listed");
        String row = glossary.row("trust");
        assertTrue(
                row.contains(words) && row.contains("trusted adult") && row.contains("your organisation's definition"),
                row);
        browser.assertAccessible();
        browser.screenshot("admin-glossary-edit");

        String term = "family network meeting " + TestData.randomLetters(4).toLowerCase(Locale.ROOT);
        glossary.newTerm(term).newVariants("network meeting").add();
        assertEquals("Enter the definition.", glossary.newDefinitionError());
        assertEquals(term, glossary.newTerm(), "what was typed stays");
        assertEquals("network meeting", glossary.newVariants());
        browser.assertAccessible();
        glossary.newDefinition("A meeting of the people who matter to a child, to make a plan together.")
                .add();
        assertTrue(glossary.errors().contains("was added"));
        assertTrue(glossary.terms().contains(term));
        assertEquals("", glossary.newTerm(), "the form is empty again");
        browser.assertAccessible();
        browser.screenshot("admin-glossary-added");
    }

    @Test
    @DisplayName("The platform administrator creates an organisation and sees no organisation's pages")
    void createOrganisation() {
        SignInPage.open(driver(), base).signIn(platformAdmin.username(), platformAdmin.password());
        PlatformPage platform = new PlatformPage(browser);
        assertEquals("/platform/index.xhtml", platform.path());
        assertTrue(platform.organisations().contains(org.code()));
        browser.assertAccessible();
        platform.assertNoJavaScriptErrors();

        String code = TestData.randomLetters(4) + "2";
        platform.name("Westmere Borough Council").adminName("Wendy First").create();
        assertEquals("Enter the organisation's code.", platform.codeError());
        assertEquals("Westmere Borough Council", platform.name(), "what was typed stays");
        browser.assertAccessible();

        String username = "wendy." + code.toLowerCase(Locale.ROOT);
        platform.code(code.toLowerCase(Locale.ROOT)).adminUsername(username).create();
        assertEquals(code, platform.createdCode());
        assertEquals(username, platform.createdUsername());
        String temporary = platform.temporaryPassword();
        assertEquals(16, temporary.length());
        assertTrue(platform.organisations().contains("Westmere Borough Council"));
        browser.assertAccessible();
        browser.screenshot("platform-organisation-created");

        AdminHomePage forbidden = AdminHomePage.open(browser, base.toString());
        assertTrue(forbidden.shows("You do not have access to this page"));
        assertFalse(forbidden.shows("Gil Administrator"));

        try (Browser other = new Browser()) {
            SignInPage.open(other.driver(), base).signIn(username, temporary);
            assertEquals("/account/password.xhtml", new LandingPage(other.driver()).path(), "must change it first");
        }
    }
}

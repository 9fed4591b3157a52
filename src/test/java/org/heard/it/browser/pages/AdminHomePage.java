package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** The administrator's start page, {@code /admin/index.xhtml}: staff, and the ways to the organisation's settings. */
public final class AdminHomePage extends Page {

    public AdminHomePage(Browser browser) {
        super(browser);
    }

    public static AdminHomePage open(Browser browser, String base) {
        browser.driver().get(base + "admin/index.xhtml");
        return new AdminHomePage(browser);
    }

    public NewStaffPage newStaff() {
        navigate("new-staff");
        return new NewStaffPage(browser);
    }

    /** Opens a member of staff's page from the list, by the name shown. */
    public StaffPage openStaff(String displayName) {
        navigate(driver().findElement(By.linkText(displayName)));
        return new StaffPage(browser);
    }

    public StatementsPage openStatements() {
        navigate("statements-link");
        return new StatementsPage(browser);
    }

    public SupportOptionsPage openSupportOptions() {
        navigate("support-link");
        return new SupportOptionsPage(browser);
    }

    public RetentionPage openRetention() {
        navigate("retention-link");
        return new RetentionPage(browser);
    }

    public ScriptsPage openScripts() {
        navigate("scripts-link");
        return new ScriptsPage(browser);
    }

    public GlossaryPage openGlossary() {
        navigate("glossary-link");
        return new GlossaryPage(browser);
    }
}

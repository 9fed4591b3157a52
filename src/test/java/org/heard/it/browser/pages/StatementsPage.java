package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/**
 * The confidentiality statement's versions, {@code /admin/statements.xhtml}: a draft
 * started from the version in force, published, and two versions compared.
 */
public final class StatementsPage extends Page {

    public StatementsPage(Browser browser) {
        super(browser);
    }

    public StatementsPage startDraft() {
        navigate("startForm:start");
        return this;
    }

    public String draft() {
        return value("draftForm:text");
    }

    public StatementsPage draft(String text) {
        type("draftForm:text", text);
        return this;
    }

    public StatementsPage publish() {
        navigate("draftForm:publish");
        return this;
    }

    /** Compares the versions at the given positions of the two lists. */
    public StatementsPage compare(int left, int right) {
        new org.openqa.selenium.support.ui.Select(element("compareForm:left")).selectByIndex(left);
        new org.openqa.selenium.support.ui.Select(element("compareForm:right")).selectByIndex(right);
        navigate("compareForm:compare");
        return this;
    }

    public String comparison() {
        return text("comparison");
    }
}

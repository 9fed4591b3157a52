package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** A member of staff, {@code /admin/staff/view.xhtml}: their account's status and the actions on it. */
public final class StaffPage extends Page {

    public StaffPage(Browser browser) {
        super(browser);
    }

    public StaffPage disable() {
        navigate("actions:disable");
        return this;
    }

    public String accountStatus() {
        return text("account-status");
    }
}

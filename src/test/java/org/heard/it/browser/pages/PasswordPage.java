package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** Choosing one's own password, {@code /account/password.xhtml} (required after a temporary one). */
public final class PasswordPage extends Page {

    public PasswordPage(Browser browser) {
        super(browser);
    }

    /** Types the current password and the chosen one twice, and changes it; the browser shows what follows. */
    public void change(String current, String chosen) {
        append("password:current", current);
        append("password:chosen", chosen);
        append("password:confirmation", chosen);
        navigate("password:change");
    }
}

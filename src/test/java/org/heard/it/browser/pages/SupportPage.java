package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** Support offered to the family, {@code /interviewer/interview/support.xhtml}: per option, offered and follow-up. */
public final class SupportPage extends Page {

    public SupportPage(Browser browser) {
        super(browser);
    }

    /** Ticks "offered" for the option at {@code position} (from 0). */
    public SupportPage offered(int position) {
        driver().findElements(By.cssSelector("input[type=checkbox][id$=':offered']"))
                .get(position)
                .click();
        return this;
    }

    /** Ticks "follow-up" for the option at {@code position} (from 0). */
    public SupportPage followUp(int position) {
        driver().findElements(By.cssSelector("input[type=checkbox][id$=':followUp']"))
                .get(position)
                .click();
        return this;
    }

    public CheckAnswersPage next() {
        navigate("support:next");
        waitForAjax();
        return new CheckAnswersPage(browser);
    }
}

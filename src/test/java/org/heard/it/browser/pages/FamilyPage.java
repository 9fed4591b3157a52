package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** A family's interviews over time, {@code /supervisor/family.xhtml}. */
public final class FamilyPage extends Page {

    public FamilyPage(Browser browser) {
        super(browser);
    }

    public String visits() {
        return text("visits");
    }

    public String familyName() {
        return text("family-name");
    }
}

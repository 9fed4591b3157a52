package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The printable "you said, we did" page for families, {@code /qa/you-said-we-did.xhtml}. */
public final class YouSaidWeDidPage extends Page {

    public YouSaidWeDidPage(Browser browser) {
        super(browser);
    }

    /** The actions done and shared. */
    public String done() {
        return text("done");
    }
}

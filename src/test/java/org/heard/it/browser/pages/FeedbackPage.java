package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** Feedback for supervision, by social worker, {@code /supervisor/feedback.xhtml}. */
public final class FeedbackPage extends Page {

    public FeedbackPage(Browser browser) {
        super(browser);
    }

    public static FeedbackPage open(Browser browser, String base) {
        browser.driver().get(base + "supervisor/feedback.xhtml");
        return new FeedbackPage(browser);
    }

    public String items() {
        return text("items");
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** A script's draft, {@code /admin/script-draft.xhtml}: its questions edited, then published. Questions count from 0. */
public final class ScriptDraftPage extends Page {

    public ScriptDraftPage(Browser browser) {
        super(browser);
    }

    public ScriptDraftPage removeQuestion(int question) {
        navigate("draft:questions:" + question + ":remove");
        return this;
    }

    public ScriptDraftPage title(int question, String title) {
        type("draft:questions:" + question + ":title", title);
        return this;
    }

    public String title(int question) {
        return value("draft:questions:" + question + ":title");
    }

    public ScriptDraftPage readAloud(int question, String text) {
        type("draft:questions:" + question + ":readAloud", text);
        return this;
    }

    public int questions() {
        return driver().findElements(By.cssSelector("section.heard-question-editor"))
                .size();
    }

    /** Publishes the draft: the scripts follow, or this page with the problems. */
    public ScriptsPage publish() {
        navigate("draft:publish");
        return new ScriptsPage(browser);
    }

    public String problems() {
        return text("problems");
    }
}

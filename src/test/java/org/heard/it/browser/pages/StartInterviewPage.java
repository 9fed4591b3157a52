package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Setting up an interview, {@code /interviewer/start.xhtml}: the script (when there is a
 * choice), the mode, who is interviewed, the team and a follow-up's reference. The
 * options are chosen by their position in each list.
 */
public final class StartInterviewPage extends Page {

    public StartInterviewPage(Browser browser) {
        super(browser);
    }

    public StartInterviewPage mode(int option) {
        tick("start:mode:" + option);
        return this;
    }

    public StartInterviewPage respondent(int option) {
        tick("start:respondent:" + option);
        return this;
    }

    public StartInterviewPage team(int option) {
        tick("start:team:" + option);
        return this;
    }

    /** Chooses the script whose label reads {@code title}. */
    public StartInterviewPage script(String title) {
        WebElement radio = driver().findElements(By.cssSelector("input[name='start:script']")).stream()
                .filter(option -> driver().findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']"))
                        .getText()
                        .equals(title))
                .findFirst()
                .orElseThrow();
        tick(radio);
        return this;
    }

    /** Replaces the reference of the interview this one follows up. */
    public StartInterviewPage followUpOf(String reference) {
        type("start:followUpOf", reference);
        return this;
    }

    public String followUpOf() {
        return value("start:followUpOf");
    }

    public boolean modeChosen(int option) {
        return element("start:mode:" + option).isSelected();
    }

    /** Begins the interview; the browser shows the statement, or this page again with the errors. */
    public StatementPage begin() {
        navigate("start:begin");
        waitForAjax();
        return new StatementPage(browser);
    }

    public String errors() {
        return text("start:errors");
    }
}

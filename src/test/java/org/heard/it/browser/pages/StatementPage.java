package org.heard.it.browser.pages;

import java.util.List;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The confidentiality statement and the family's consent,
 * {@code /interviewer/interview/statement.xhtml}: the statement read out, the choice of
 * names to record (by position: 0 named, 1 the social worker's name only, 2 anonymous),
 * the names, the family's answer.
 */
public final class StatementPage extends Page {

    public StatementPage(Browser browser) {
        super(browser);
    }

    /** The interview bar's reference line, "Interview ABCDEF-2026-0001 …". */
    public String referenceLine() {
        return driver().findElement(By.className("heard-interview-bar__reference"))
                .getText();
    }

    /** The font (family and size) of each of the consent choices' labels. */
    public List<String> choiceLabelFonts() {
        return choiceLabels().stream()
                .map(label -> style(label, "font-family") + " " + style(label, "font-size"))
                .toList();
    }

    /** Where each consent choice's radio button and its label are drawn: [radio, label] pairs. */
    public List<Box[]> choices() {
        return choiceLabels().stream()
                .map(label -> new Box[] {box(label.getAttribute("for")), box(label)})
                .toList();
    }

    /** Scrolls the consent form into view (for a screenshot). */
    public StatementPage showConsentForm() {
        script("document.getElementById('consent').scrollIntoView({block: 'start'});");
        return this;
    }

    /** Where the "statement read" checkbox is drawn. */
    public Box readCheckbox() {
        return box("consent:read");
    }

    public Box readLabel() {
        return box(driver().findElement(By.cssSelector("label[for='consent:read']")));
    }

    private List<WebElement> choiceLabels() {
        return driver().findElements(By.cssSelector("label[for^='consent:choice:']"));
    }

    public StatementPage read() {
        tick("consent:read");
        return this;
    }

    /** Chooses which names are recorded, by clicking the choice's label as a person would. */
    public StatementPage choice(int option) {
        driver().findElement(By.cssSelector("label[for='consent:choice:" + option + "']"))
                .click();
        waitForAjax();
        return this;
    }

    /** Waits until the social worker's name field is shown (after choosing to record that name). */
    public StatementPage awaitSocialWorkerNameField() {
        waitVisible("consent:socialWorkerName", 10);
        return this;
    }

    /** Puts the cursor in the social worker's name field, as a click would. */
    public StatementPage clickSocialWorkerName() {
        element("consent:socialWorkerName").click();
        return this;
    }

    /** What the social worker's name field holds. */
    public String socialWorkerNameTyped() {
        return value("consent:socialWorkerName");
    }

    public StatementPage socialWorkerName(String name) {
        append("consent:socialWorkerName", name);
        return this;
    }

    /** Waits until the family member's name field is shown (after choosing to give their name). */
    public StatementPage awaitRespondentNameField() {
        waitVisible("consent:respondentName", 10);
        return this;
    }

    public StatementPage respondentName(String name) {
        append("consent:respondentName", name);
        return this;
    }

    /** What the family member's name field holds. */
    public String respondentNameValue() {
        return value("consent:respondentName");
    }

    /** What the social worker's name field holds. */
    public String socialWorkerNameValue() {
        return value("consent:socialWorkerName");
    }

    /** The message beside the family member's name, empty when none. */
    public String respondentNameError() {
        return present("consent:respondentName-message") ? text("consent:respondentName-message") : "";
    }

    /** Records the consent when the page refuses it: the page stays, with its messages. */
    public StatementPage recordRefused() {
        navigate("consent:record");
        waitForAjax();
        return this;
    }

    public boolean asksRespondentName() {
        return present("consent:respondentName");
    }

    public StatementPage agreed() {
        tick("consent:agreed:0");
        return this;
    }

    /** Records the consent; the interview goes on to the first question. */
    public QuestionPage record() {
        navigate("consent:record");
        waitForAjax();
        return new QuestionPage(browser);
    }

    /** Reads the statement, chooses the names, agrees and records: the usual way in. */
    public QuestionPage agreeWith(int choice) {
        return read().choice(choice).agreed().record();
    }
}

package org.heard.it.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One question of an interview, {@code /interviewer/interview/question.xhtml}: the
 * progress, the answer (saved as it is typed), the ratings, the glossary's terms; and
 * the interview bar's safeguarding concern and stop.
 */
public final class QuestionPage extends Page {

    public QuestionPage(Browser browser) {
        super(browser);
    }

    /** "Question 2 of 7". */
    public String progress() {
        return text("progress");
    }

    /** Replaces the answer and waits until the autosave says it was saved. */
    public QuestionPage answer(String text) {
        type("answer:text", text);
        return awaitAutosave("Saved ", 15);
    }

    /** Types after the answer, without waiting for the autosave. */
    public QuestionPage typeMore(String text) {
        append("answer:text", text);
        return this;
    }

    public String answer() {
        return value("answer:text");
    }

    /** Waits until the answer field is on the page (after a slow start). */
    public QuestionPage awaitAnswerField(int seconds) {
        browser.waitUpTo(Duration.ofSeconds(seconds))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("answer:text")));
        return this;
    }

    /** Waits until the autosave status starts with {@code prefix} ("Saved ", "Not saved"). */
    public QuestionPage awaitAutosave(String prefix, int seconds) {
        browser.waitUpTo(Duration.ofSeconds(seconds))
                .until(ExpectedConditions.textMatches(By.id("autosave-status"), Pattern.compile("^" + prefix)));
        return this;
    }

    /** Marks the question declined and waits until that is saved. */
    public QuestionPage decline() {
        tick("answer:declined");
        return awaitAutosave("Saved ", 15);
    }

    /** The number of rating groups, one per statement to rate. */
    public int ratingGroups() {
        return driver().findElements(By.cssSelector("[data-statement]")).size();
    }

    /** Rates the statement of group {@code group} (from 0) with the radio button at {@code position} (from 0). */
    public QuestionPage rate(int group, int position) {
        WebElement radio = driver().findElements(By.cssSelector("[data-statement]"))
                .get(group)
                .findElements(By.cssSelector("input[type=radio]"))
                .get(position);
        script("arguments[0].click()", radio);
        return this;
    }

    /**
     * Posts the form with a rating off the scale for group {@code group}, as a tampered page would: the first radio
     * button's value becomes {@code value} and is chosen; the page stays.
     */
    public QuestionPage postRating(int group, String value) {
        WebElement radio = driver().findElements(By.cssSelector("[data-statement]"))
                .get(group)
                .findElements(By.cssSelector("input[type=radio]"))
                .get(0);
        script("arguments[0].value = arguments[1]; arguments[0].checked = true", radio, value);
        return next();
    }

    /** The error shown beside the rating of group {@code group}, or "" when there is none. */
    public String ratingError(int group) {
        return driver()
                .findElements(By.cssSelector("[data-statement]"))
                .get(group)
                .findElements(By.className("heard-messages__error"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Opens a glossary term's definition with the keyboard (focus, Enter); returns the definition's text once shown. */
    public String openDefinition(String term) {
        WebElement marked = term(term);
        script("arguments[0].focus()", marked);
        marked.sendKeys(Keys.ENTER);
        WebElement definition = element(marked.getAttribute("aria-describedby"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(definition));
        return definition.getText();
    }

    /** Closes a term's definition with Escape and waits until it is hidden. */
    public QuestionPage closeDefinition(String term) {
        WebElement marked = term(term);
        WebElement definition = element(marked.getAttribute("aria-describedby"));
        marked.sendKeys(Keys.ESCAPE);
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(definition));
        return this;
    }

    private WebElement term(String term) {
        List<WebElement> terms = driver().findElements(By.className("heard-term"));
        return terms.stream()
                .filter(marked -> marked.getText().equalsIgnoreCase(term))
                .findFirst()
                .orElseThrow();
    }

    /** The titles in the jump list of questions, in order. */
    public List<String> jumpListTitles() {
        return driver().findElements(By.cssSelector(".heard-question-list a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Where each item of the jump list (its number and link) is drawn. */
    public List<Box> jumpListItems() {
        return driver().findElements(By.cssSelector(".heard-question-list li")).stream()
                .map(this::box)
                .toList();
    }

    /** Where the first line of each link of the jump list is drawn (a long title may wrap). */
    public List<Box> jumpListLinks() {
        return driver().findElements(By.cssSelector(".heard-question-list a")).stream()
                .map(link -> Box.of(script("return arguments[0].getClientRects()[0].toJSON();", link)))
                .toList();
    }

    /** Scrolls the jump list into view (for a screenshot). */
    public QuestionPage showJumpList() {
        script("document.querySelector('.heard-question-list').scrollIntoView({block: 'start'});");
        return this;
    }

    /** Scrolls the answer's controls into view (for a screenshot). */
    public QuestionPage showAnswer() {
        script("document.getElementById('answer').scrollIntoView({block: 'start'});");
        return this;
    }

    /** Where the "declined to answer" checkbox is drawn. */
    public Box declinedCheckbox() {
        return box("answer:declined");
    }

    public Box declinedLabel() {
        return box(driver().findElement(By.cssSelector("label[for='answer:declined']")));
    }

    /** Where each radio button of the first rating scale and its label are drawn: [radio, label] pairs. */
    public List<Box[]> firstRatingScale() {
        WebElement group = driver().findElement(By.cssSelector("[data-statement]"));
        return group.findElements(By.cssSelector("input[type=radio]")).stream()
                .map(radio -> new Box[] {
                    box(radio), box(group.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")))
                })
                .toList();
    }

    /** The definition id a term's opening is recorded under. */
    public long definitionOf(String term) {
        return Long.parseLong(term(term).getAttribute("data-definition"));
    }

    /** The marked terms of the page, each once, in order. */
    public List<String> terms() {
        return driver().findElements(By.className("heard-term")).stream()
                .map(WebElement::getText)
                .map(String::toLowerCase)
                .distinct()
                .toList();
    }

    /** Rests the mouse pointer on a term (its definition shows while it stays there). */
    public QuestionPage hover(String term) {
        WebElement marked = term(term);
        script("arguments[0].scrollIntoView({block: 'center'})", marked);
        new org.openqa.selenium.interactions.Actions(driver())
                .moveToElement(marked)
                .perform();
        return this;
    }

    /** Reloads the page, as a person pressing F5 would. */
    public QuestionPage reload() {
        driver().navigate().refresh();
        waitForAjax();
        return this;
    }

    /** Goes on: to the next question, or to support after the last. */
    public QuestionPage next() {
        navigate("answer:next");
        waitForAjax();
        return this;
    }

    public SupportPage nextToSupport() {
        next();
        return new SupportPage(browser);
    }

    /** Opens the safeguarding dialog. */
    public QuestionPage raiseConcern() {
        tick("raiseConcern");
        waitVisible("safeguardingForm:concern", 10);
        return this;
    }

    public QuestionPage describeConcern(String description) {
        append("safeguardingForm:concern", description);
        return this;
    }

    /** Sends the concern; the dialog stays open if it is refused. */
    public QuestionPage sendConcern() {
        tick("safeguardingForm:send");
        waitForAjax();
        return this;
    }

    public QuestionPage awaitConcernDialogClosed() {
        waitInvisible("safeguardingDialog", 10);
        return this;
    }

    public String concernDialog() {
        return text("safeguardingForm");
    }

    /** Stops the interview, choosing not to keep what was said; the interviewer's dashboard follows. */
    public InterviewerHomePage stopAndDiscard() {
        tick("stopInterview");
        waitVisible("stopForm:keep", 10);
        tick("stopForm:keep:1");
        navigate("stopForm:confirmStop");
        waitForAjax();
        return new InterviewerHomePage(browser);
    }
}

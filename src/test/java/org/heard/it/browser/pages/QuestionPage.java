package org.heard.it.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
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

    /** Presses the key of one character in the answer box, as a person typing does. */
    public QuestionPage key(char character) {
        append("answer:text", String.valueOf(character));
        return this;
    }

    /**
     * Puts text into the answer box as a paste does (by script: the driver cannot type
     * characters outside the Basic Multilingual Plane, such as emoji), then tells the page.
     */
    public QuestionPage paste(String text) {
        script(
                "var box = document.getElementById('answer:text'); box.value = arguments[0];"
                        + " box.dispatchEvent(new Event('input', {bubbles: true}));",
                text);
        return this;
    }

    /** The character counter under the answer box, "21 of 20000 characters". */
    public String counter() {
        return text("text-count");
    }

    /**
     * Starts recording every change of the autosave status, with the page's clock
     * ({@code performance.now()}, in ms), for {@link #statusLog()}.
     */
    public QuestionPage recordStatus() {
        script("var status = document.getElementById('autosave-status'); window.heardStatusLog = [];"
                + " new MutationObserver(function () {"
                + " window.heardStatusLog.push([performance.now(), status.textContent]); })"
                + ".observe(status, {childList: true, characterData: true, subtree: true});");
        return this;
    }

    /** The page's clock now, in ms, as {@link #statusLog()} counts it. */
    public double clock() {
        return ((Number) script("return performance.now();")).doubleValue();
    }

    /** Every status since {@link #recordStatus()}, in order: the page's clock in ms, and the text. */
    public List<StatusChange> statusLog() {
        @SuppressWarnings("unchecked")
        List<List<Object>> log = (List<List<Object>>) script("return window.heardStatusLog;");
        return log.stream()
                .map(entry -> new StatusChange(((Number) entry.get(0)).doubleValue(), (String) entry.get(1)))
                .toList();
    }

    /** One change of the autosave status: when (the page's clock, ms) and what it said. */
    public record StatusChange(double at, String text) {}

    /** What the autosave status says now ("Saved 10:42", "Unsaved changes", "Not saved — retrying…"). */
    public String status() {
        return text("autosave-status");
    }

    /** Waits until the status starts with {@code prefix}; returns how long that took. */
    public Duration timeUntilAutosave(String prefix, int seconds) {
        long start = System.nanoTime();
        awaitAutosave(prefix, seconds);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The interview's id, from the page's address. */
    public long interviewId() {
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(url());
        if (!id.find()) {
            throw new IllegalStateException("no interview id in " + url());
        }
        return Long.parseLong(id.group(1));
    }

    /** Whether the page shows the two versions of an answer changed in another tab. */
    public boolean showsConflict() {
        return element("autosave-conflict").isDisplayed();
    }

    /** The text saved from the other tab, as the conflict shows it. */
    public String conflictSavedText() {
        return text("autosave-conflict-saved");
    }

    /** The text on this page, as the conflict shows it. */
    public String conflictMineText() {
        return text("autosave-conflict-mine");
    }

    /** Waits until the page shows the two versions of the answer. */
    public QuestionPage awaitConflict(int seconds) {
        waitVisible("autosave-conflict", seconds);
        return this;
    }

    /** Keeps this page's text over the other tab's, and waits until it is saved. */
    public QuestionPage keepMine() {
        tick("autosave-keep-mine");
        return awaitAutosave("Saved ", 15);
    }

    /** Ticks "declined" while words are in the answer box: Heard asks what to do with them. */
    public QuestionPage tickDeclined() {
        tick("answer:declined");
        return this;
    }

    /** Whether Heard asks what to do with the words of an answer being declined. */
    public boolean asksAboutWords() {
        return element("declined-choice").isDisplayed();
    }

    /** Keeps the words as the interviewer's note, declines, and waits until that is saved. */
    public QuestionPage keepWordsAsNote() {
        tick("declined-keep-as-note");
        return awaitAutosave("Saved ", 15);
    }

    public boolean declined() {
        return element("answer:declined").isSelected();
    }

    public boolean answerEditable() {
        return element("answer:text").getAttribute("readonly") == null;
    }

    public String note() {
        return value("answer:note");
    }

    /**
     * Whether leaving or reloading the page now would ask first: the page's
     * {@code beforeunload} handler cancels the event. (Headless Chromium does not show
     * the browser's own "Leave site?" prompt to a driver, so the event is sent by script.)
     */
    public boolean leavingAsksFirst() {
        return Boolean.TRUE.equals(script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;"));
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

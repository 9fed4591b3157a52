package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** Checking the answers before submitting, {@code /interviewer/interview/check.xhtml}. */
public final class CheckAnswersPage extends Page {

    public CheckAnswersPage(Browser browser) {
        super(browser);
    }

    public static CheckAnswersPage open(Browser browser, String base, long interviewId) {
        browser.driver().get(base + "interviewer/interview/check.xhtml?id=" + interviewId);
        return new CheckAnswersPage(browser);
    }

    public String answers() {
        return text("answers");
    }

    /** Follows the "Change" link of the answer at {@code position} (from 0) back to its question. */
    public QuestionPage change(int position) {
        navigate(driver().findElements(By.cssSelector(".heard-check__change a")).get(position));
        waitForAjax();
        return new QuestionPage(browser);
    }

    /** The CSS selector of the "Change" link of question {@code number}, for keyboard tests. */
    public static String changeLink(int number) {
        return "a[data-change='" + number + "']";
    }

    /** The id the row of question {@code number}'s answer has (it takes focus after a change). */
    public static String answerRow(int number) {
        return "answer-" + number;
    }

    /** Submits the interview; the interviewer's dashboard follows, saying so. */
    public InterviewerHomePage submit() {
        navigate("submit:submitInterview");
        waitForAjax();
        return new InterviewerHomePage(browser);
    }
}

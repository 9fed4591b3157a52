package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/**
 * The supervisor's dashboard, {@code /supervisor/index.xhtml}: safeguarding concerns to
 * acknowledge, finding an interview by its reference, the way to the consent register
 * and to follow-ups.
 */
public final class SupervisorHomePage extends Page {

    private static final String OVERDUE = ".heard-concern--overdue";

    public SupervisorHomePage(Browser browser) {
        super(browser);
    }

    /** The organisation's interviewers, for supervision. */
    public String interviewers() {
        return text("interviewers");
    }

    public String concerns() {
        return text("concerns");
    }

    /** The first overdue concern's text. */
    public String overdueConcern() {
        return driver().findElement(By.cssSelector(OVERDUE)).getText();
    }

    /** Acknowledges the first overdue concern; without an action typed, the page asks for it. */
    public SupervisorHomePage acknowledgeOverdue() {
        navigate(driver().findElement(By.cssSelector(OVERDUE + " input[type=submit]")));
        return this;
    }

    /** Types the action taken for the first overdue concern. */
    public SupervisorHomePage actionTaken(String action) {
        driver().findElement(By.cssSelector(OVERDUE + " textarea")).sendKeys(action);
        return this;
    }

    /** Finds an interview by its reference; the record follows, or this page with a message. */
    public InterviewRecordPage find(String reference) {
        type("findForm:reference", reference);
        navigate("findForm:find");
        return new InterviewRecordPage(browser);
    }

    public String referenceSought() {
        return value("findForm:reference");
    }

    public ConsentRegisterPage openRegister() {
        navigate("register-link");
        return new ConsentRegisterPage(browser);
    }

    public FollowUpPage openFollowUp() {
        navigate("follow-up-link");
        return new FollowUpPage(browser);
    }
}

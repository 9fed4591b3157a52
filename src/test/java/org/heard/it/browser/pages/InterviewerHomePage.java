package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The interviewer's dashboard, {@code /interviewer/index.xhtml}: start an interview, the interviews finished. */
public final class InterviewerHomePage extends Page {

    public InterviewerHomePage(Browser browser) {
        super(browser);
    }

    public StartInterviewPage startInterview() {
        navigate("startInterview");
        return new StartInterviewPage(browser);
    }

    /** "You interview as: …". */
    public String interviewerKind() {
        return text("interviewer-kind");
    }

    /** The list of finished interviews. */
    public String finished() {
        return text("finished");
    }
}

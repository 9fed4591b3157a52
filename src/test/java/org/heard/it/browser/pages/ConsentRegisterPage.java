package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** The consent register, {@code /supervisor/register.xhtml}: every consent record, filtered. */
public final class ConsentRegisterPage extends Page {

    public ConsentRegisterPage(Browser browser) {
        super(browser);
    }

    /** Filters by reference: the table is refreshed by ajax. */
    public ConsentRegisterPage filterByReference(String reference) {
        append("filters:reference", reference);
        element("filters:apply").click();
        waitForAjax();
        return this;
    }

    /** Applies the filter again, as a plain reload of the page. */
    public ConsentRegisterPage reload() {
        navigate("filters:apply");
        return this;
    }

    public String records() {
        return text("register:records");
    }

    public InterviewRecordPage open(String reference) {
        navigate(driver().findElement(By.linkText(reference)));
        return new InterviewRecordPage(browser);
    }
}

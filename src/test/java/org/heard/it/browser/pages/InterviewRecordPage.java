package org.heard.it.browser.pages;

import java.nio.file.Path;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/**
 * An interview's record, {@code /supervisor/interview.xhtml}: the consent with the exact
 * statement read out, the receipt, a withdrawal and, after it, the tombstone and history.
 */
public final class InterviewRecordPage extends Page {

    public InterviewRecordPage(Browser browser) {
        super(browser);
    }

    public String reference() {
        return text("reference");
    }

    public String statementText() {
        return driver().findElement(By.cssSelector(".statement-text")).getText();
    }

    /** Whether the statement's stored hash was checked: "Checked …". */
    public String statementCheck() {
        return driver().findElement(By.cssSelector(".statement-check")).getText();
    }

    /** Downloads the consent receipt into a fresh folder; returns the PDF once complete. */
    public Path downloadReceipt() {
        Path downloads = browser.allowDownloads();
        element("receiptForm:receipt").click();
        return browser.awaitDownload(downloads, ".pdf");
    }

    public InterviewRecordPage requestedOn(String isoDate) {
        setValue("withdrawalForm:requestedOn", isoDate);
        return this;
    }

    public String requestedOn() {
        return value("withdrawalForm:requestedOn");
    }

    /** Who asked to withdraw: RESPONDENT, … */
    public InterviewRecordPage requestedBy(String who) {
        choose("withdrawalForm:requestedBy", who);
        return this;
    }

    /** How they asked: TELEPHONE, … */
    public InterviewRecordPage method(String how) {
        choose("withdrawalForm:method", how);
        return this;
    }

    public InterviewRecordPage withdraw() {
        navigate("withdrawalForm:withdraw");
        return this;
    }

    public String tombstone() {
        return text("tombstone");
    }

    public String status() {
        return text("status");
    }

    public String withdrawal() {
        return text("withdrawal");
    }

    public String history() {
        return text("history");
    }
}

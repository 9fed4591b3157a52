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

    public static ConsentRegisterPage open(Browser browser, String base) {
        browser.driver().get(base + "supervisor/register.xhtml");
        return new ConsentRegisterPage(browser);
    }

    /** Where the column header with this text is drawn. */
    public Box columnHeader(String text) {
        return box(driver().findElements(By.cssSelector("#register\\:records th")).stream()
                .filter(header -> header.getText().trim().startsWith(text))
                .findFirst()
                .orElseThrow());
    }

    /** The part of the page the table is seen through (its scroll container). */
    public Box tableViewport() {
        return box(driver().findElement(By.cssSelector("#register\\:records .ui-datatable-tablewrapper")));
    }

    /** The width of the browser window's viewport, in CSS pixels. */
    public double windowWidth() {
        return ((Number) script("return document.documentElement.clientWidth;")).doubleValue();
    }

    public String records() {
        return text("register:records");
    }

    public InterviewRecordPage open(String reference) {
        navigate(driver().findElement(By.linkText(reference)));
        return new InterviewRecordPage(browser);
    }
}

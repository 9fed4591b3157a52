package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** How long interviews are kept, {@code /admin/retention.xhtml}, with a dry run of what would happen. */
public final class RetentionPage extends Page {

    public RetentionPage(Browser browser) {
        super(browser);
    }

    public RetentionPage months(String months) {
        type("retentionForm:months", months);
        return this;
    }

    public String months() {
        return value("retentionForm:months");
    }

    /** What happens after that time: ANONYMISE, … */
    public RetentionPage action(String action) {
        choose("retentionForm:action", action);
        return this;
    }

    public RetentionPage save() {
        navigate("retentionForm:save");
        return this;
    }

    /** What the dry run says it would do, row by row ("Anonymise: …"). */
    public java.util.List<String> previewActions() {
        return driver().findElements(org.openqa.selenium.By.cssSelector("#preview .heard-retention-action")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    /** The dry run's count. */
    public String preview() {
        return text("preview-count");
    }
}

package org.heard.it.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The quality-assurance dashboard, {@code /qa/dashboard.xhtml}. */
public final class QaDashboardPage extends Page {

    public QaDashboardPage(Browser browser) {
        super(browser);
    }

    /** Types the period and shows the figures. */
    public QaDashboardPage filter(String from, String to) {
        type("filters:from", from);
        type("filters:to", to);
        navigate("filters:apply");
        return this;
    }

    public String errors() {
        return text("filters:errors");
    }

    @Override
    public String value(String id) {
        return super.value(id);
    }

    public boolean hasFigures() {
        return present("interviews-heading");
    }

    public String table(String id) {
        return text(id);
    }

    /** The charts' canvases that Chart.js has drawn on (it gives them a size). */
    public List<WebElement> drawnCharts() {
        return driver().findElements(By.cssSelector(".heard-chart canvas")).stream()
                .filter(canvas -> Boolean.TRUE.equals(((JavascriptExecutor) driver())
                        .executeScript(
                                "return arguments[0].width > 0 && window.Chart && Chart.getChart(arguments[0]) != null;",
                                canvas)))
                .toList();
    }

    /** Scrolls the page so that the element is at the top of the viewport. */
    public void scrollTo(String id) {
        script("arguments[0].scrollIntoView(true);", element(id));
    }

    /** The note above the filters that says the figures are perturbed. */
    public String perturbationNote() {
        return text("perturbation-note");
    }

    /** The visible label of a field of the filters, by the field's id ("filters:kind"). */
    public String label(String fieldId) {
        return driver().findElement(org.openqa.selenium.By.cssSelector("label[for='" + fieldId + "']"))
                .getText();
    }

    /** Downloads the de-identified export into a fresh folder; returns the CSV file once complete. */
    public Path export() {
        Path downloads = browser.allowDownloads();
        element("filters:export").click();
        return browser.awaitDownload(downloads, ".csv");
    }

    /** The data dictionary of the export, {@code /qa/dictionary.xhtml}; returns its text. */
    public String openDictionary() {
        navigate("filters:dictionary-link");
        return text("dictionary");
    }
}

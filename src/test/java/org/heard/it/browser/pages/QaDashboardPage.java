package org.heard.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The quality-assurance dashboard, {@code /qa/dashboard.xhtml}. */
public final class QaDashboardPage {

    private final WebDriver driver;

    public QaDashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Types the period and shows the figures. */
    public QaDashboardPage filter(String from, String to) {
        type("filters:from", from);
        type("filters:to", to);
        Navigation.clickAndWait(driver, driver.findElement(By.id("filters:apply")));
        return this;
    }

    public String errors() {
        return driver.findElement(By.id("filters:errors")).getText();
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public boolean hasFigures() {
        return !driver.findElements(By.id("interviews-heading")).isEmpty();
    }

    public String table(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The charts' canvases that Chart.js has drawn on (it gives them a size). */
    public List<WebElement> drawnCharts() {
        return driver.findElements(By.cssSelector(".heard-chart canvas")).stream()
                .filter(canvas -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript(
                                "return arguments[0].width > 0 && window.Chart && Chart.getChart(arguments[0]) != null;",
                                canvas)))
                .toList();
    }

    /** Scrolls the page so that the element is at the top of the viewport. */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView(true);", driver.findElement(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

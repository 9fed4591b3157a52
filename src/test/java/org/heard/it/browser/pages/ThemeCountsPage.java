package org.heard.it.browser.pages;

import java.util.List;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** How many interviews each theme has, by quarter, {@code /qa/theme-counts.xhtml}. */
public final class ThemeCountsPage extends Page {

    public ThemeCountsPage(Browser browser) {
        super(browser);
    }

    public static ThemeCountsPage open(Browser browser, String base) {
        browser.driver().get(base + "qa/theme-counts.xhtml");
        browser.waitForAjax();
        return new ThemeCountsPage(browser);
    }

    /** The paragraph saying that the figures are perturbed. */
    public String perturbationNote() {
        return text("perturbation-note");
    }

    /** The theme's count in the current quarter (the last column). */
    public String currentQuarter(String theme) {
        List<WebElement> cells = driver().findElements(
                        By.xpath("//table[@id='by-quarter']//tr[th[normalize-space()='" + theme + "']]/td"));
        return cells.get(cells.size() - 1).getText();
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** The codebook of themes, {@code /qa/themes.xhtml}: deleting a theme asks what happens to its tags. */
public final class ThemesPage extends Page {

    public ThemesPage(Browser browser) {
        super(browser);
    }

    public static ThemesPage open(Browser browser, String base) {
        browser.driver().get(base + "qa/themes.xhtml");
        browser.waitForAjax();
        return new ThemesPage(browser);
    }

    /** Asks to delete the theme: the delete panel follows. */
    public ThemesPage delete(String theme) {
        navigate(driver().findElement(By.cssSelector("input[aria-label='Delete: " + theme + "']")));
        return this;
    }

    public String deletePanel() {
        return text("delete-panel");
    }

    public ThemesPage moveTagsTo(String theme) {
        driver().findElement(By.xpath("//label[starts-with(normalize-space(), 'Move them to another theme')]"))
                .click();
        select("themes:target", theme);
        return this;
    }

    public ThemesPage confirmDelete() {
        navigate("themes:confirm-delete");
        return this;
    }

    public String formMessages() {
        return text("themes:messages");
    }

    public String codebook() {
        return text("codebook");
    }
}

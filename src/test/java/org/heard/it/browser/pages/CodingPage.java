package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Tagging passages of answers with themes, {@code /qa/coding.xhtml}. Works on the first
 * answer listed: its words (names taken out), the passage chosen, the themes, the tags.
 */
public final class CodingPage extends Page {

    public CodingPage(Browser browser) {
        super(browser);
    }

    public static CodingPage open(Browser browser, String base) {
        browser.driver().get(base + "qa/coding.xhtml");
        browser.waitForAjax();
        return new CodingPage(browser);
    }

    private WebElement answer() {
        return driver().findElement(By.cssSelector(".heard-coding-answer"));
    }

    private WebElement words() {
        return answer().findElement(By.cssSelector("textarea.heard-words"));
    }

    /** The first answer's section, as read. */
    public String answerText() {
        return answer().getText();
    }

    /** The first answer's words as shown, names taken out. */
    public String shownWords() {
        return words().getAttribute("value");
    }

    /**
     * Chooses a passage with the keyboard only: to the start of the words, {@code from}
     * characters on, then Shift+Right over {@code length} characters.
     */
    public CodingPage choosePassage(int from, int length) {
        Actions keys = new Actions(driver()).click(words());
        for (int i = 0; i < 60; i++) {
            keys.sendKeys(Keys.ARROW_LEFT);
        }
        for (int i = 0; i < from; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyDown(Keys.SHIFT);
        for (int i = 0; i < length; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyUp(Keys.SHIFT).perform();
        return this;
    }

    /** The passage's start, as an offset into the stored words. */
    public String passageStart() {
        return answer().findElement(By.cssSelector("input[type=hidden][id$=':start']"))
                .getAttribute("value");
    }

    public String passageEnd() {
        return answer().findElement(By.cssSelector("input[type=hidden][id$=':end']"))
                .getAttribute("value");
    }

    /** What the page says about the passage chosen. */
    public String passageStatus() {
        return answer().findElement(By.cssSelector(".heard-passage-status")).getText();
    }

    /** What the browser knows of the selection, for a failure's message. */
    public String selectionDiagnosis() {
        return script("var a = document.querySelector('textarea.heard-words');"
                        + " return a.selectionStart + '-' + a.selectionEnd + ' scripts: '"
                        + " + Array.from(document.scripts).map(s => s.src).join(' ')"
                        + " + ' map: ' + a.getAttribute('data-map');")
                + " logs "
                + driver().manage()
                        .logs()
                        .get(org.openqa.selenium.logging.LogType.BROWSER)
                        .getAll();
    }

    /** Ticks the theme by its label, and tags the passage with it. */
    public CodingPage tag(String theme) {
        answer().findElement(By.xpath(".//label[normalize-space()='" + theme + "']"))
                .click();
        navigate(answer().findElement(By.cssSelector("input[type=submit][id$=':tag']")));
        return this;
    }

    /** The analyst's own tags on the first answer. */
    public String ownTags() {
        return answer().findElement(By.cssSelector("ul[id^='own-tags-']")).getText();
    }
}

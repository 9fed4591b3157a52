package org.heard.it.browser.pages;

import java.nio.file.Path;
import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** The interview scripts, {@code /admin/scripts.xhtml}: versions, download, and loading a YAML document. */
public final class ScriptsPage extends Page {

    public ScriptsPage(Browser browser) {
        super(browser);
    }

    /** Downloads the first script version listed into a fresh folder; returns the JSON file once complete. */
    public Path downloadFirst() {
        Path downloads = browser.allowDownloads();
        driver().findElement(By.cssSelector("input[id$=':download']")).click();
        return browser.awaitDownload(downloads, ".json");
    }

    /** Loads a script document; the draft follows, or this page with the problems. */
    public ScriptDraftPage load(Path document) {
        append("importForm:document", document.toAbsolutePath().toString());
        navigate("importForm:load");
        return new ScriptDraftPage(browser);
    }

    /** The problems of a document refused, each with its line. */
    public String problems() {
        return text("problems");
    }

    public boolean listsDrafts() {
        return present("drafts");
    }

    public String versions() {
        return text("scripts:versions");
    }
}

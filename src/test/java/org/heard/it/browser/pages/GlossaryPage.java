package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/**
 * The organisation's glossary, {@code /admin/glossary.xhtml}: the terms, a term's new
 * definition (the edit form) and a term of its own (the add form).
 */
public final class GlossaryPage extends Page {

    public GlossaryPage(Browser browser) {
        super(browser);
    }

    /** Opens the edit form for a term, from its "Edit" link. */
    public GlossaryPage edit(String term) {
        navigate(driver().findElement(By.cssSelector("#terms a[aria-label='Edit: " + term + "']")));
        return this;
    }

    public String editedDefinition() {
        return value("editForm:definition");
    }

    public String editedVariants() {
        return value("editForm:variants");
    }

    public GlossaryPage editDefinition(String definition) {
        type("editForm:definition", definition);
        return this;
    }

    public GlossaryPage editVariants(String variants) {
        type("editForm:variants", variants);
        return this;
    }

    public GlossaryPage publish() {
        navigate("editForm:publish");
        return this;
    }

    public String editDefinitionError() {
        return text("editForm:definition-error");
    }

    public GlossaryPage newTerm(String term) {
        type("addForm:term", term);
        return this;
    }

    public String newTerm() {
        return value("addForm:term");
    }

    public GlossaryPage newVariants(String variants) {
        type("addForm:variants", variants);
        return this;
    }

    public String newVariants() {
        return value("addForm:variants");
    }

    public GlossaryPage newDefinition(String definition) {
        type("addForm:definition", definition);
        return this;
    }

    public GlossaryPage add() {
        navigate("addForm:add");
        return this;
    }

    public String newDefinitionError() {
        return text("addForm:definition-error");
    }

    /** The page's messages (the glossary's own {@code #errors} region). */
    public String errors() {
        return text("errors");
    }

    public String history() {
        return text("history");
    }

    public String terms() {
        return text("terms");
    }

    /** The row of the terms table whose first cell is {@code term}. */
    public String row(String term) {
        return driver().findElement(By.xpath("//*[@id='terms']//tr[td[1][normalize-space()='" + term + "']]"))
                .getText();
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The support options offered to families, {@code /admin/support.xhtml}: the shared list or the organisation's own. */
public final class SupportOptionsPage extends Page {

    public SupportOptionsPage(Browser browser) {
        super(browser);
    }

    public SupportOptionsPage makeOwnList() {
        navigate("ownForm:makeOwn");
        return this;
    }

    public SupportOptionsPage name(String name) {
        append("addForm:name", name);
        return this;
    }

    public String name() {
        return value("addForm:name");
    }

    public SupportOptionsPage description(String description) {
        append("addForm:description", description);
        return this;
    }

    public SupportOptionsPage contact(String contact) {
        append("addForm:contact", contact);
        return this;
    }

    public SupportOptionsPage add() {
        navigate("addForm:add");
        return this;
    }

    public String ownList() {
        return text("ownList:own");
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The action log, {@code /qa/actions.xhtml}: findings, the actions taken, their status and when shared. */
public final class ActionsPage extends Page {

    public ActionsPage(Browser browser) {
        super(browser);
    }

    public ActionsPage actionText(String text) {
        append("action:actionText", text);
        return this;
    }

    public String actionText() {
        return value("action:actionText");
    }

    public ActionsPage owner(String owner) {
        append("action:owner", owner);
        return this;
    }

    public ActionsPage finding(String finding) {
        append("action:finding", finding);
        return this;
    }

    public ActionsPage theme(String name) {
        select("action:theme", name);
        return this;
    }

    public ActionsPage status(String label) {
        select("action:status", label);
        return this;
    }

    /** Sets the date the action was shared with families (ISO). */
    public ActionsPage sharedOn(String isoDate) {
        setValue("action:sharedOn", isoDate);
        return this;
    }

    public ActionsPage save() {
        navigate("action:save");
        return this;
    }

    /** Opens the action in row {@code row} (from 0) for editing. */
    public ActionsPage edit(int row) {
        navigate("action:rows:" + row + ":edit");
        return this;
    }

    /** The form's messages. */
    public String formMessages() {
        return text("action:messages");
    }

    public String actions() {
        return text("actions");
    }

    public YouSaidWeDidPage print() {
        navigate("print-link");
        return new YouSaidWeDidPage(browser);
    }
}

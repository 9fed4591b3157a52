package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The platform administrator's page, {@code /platform/index.xhtml}: the organisations, and creating one. */
public final class PlatformPage extends Page {

    public PlatformPage(Browser browser) {
        super(browser);
    }

    public String organisations() {
        return text("organisations");
    }

    public PlatformPage name(String name) {
        type("organisationForm:name", name);
        return this;
    }

    public String name() {
        return value("organisationForm:name");
    }

    public PlatformPage code(String code) {
        type("organisationForm:code", code);
        return this;
    }

    public PlatformPage adminName(String name) {
        type("organisationForm:adminName", name);
        return this;
    }

    public PlatformPage adminUsername(String username) {
        type("organisationForm:adminUsername", username);
        return this;
    }

    public PlatformPage create() {
        navigate("organisationForm:create");
        return this;
    }

    public String codeError() {
        return text("organisationForm:code-error");
    }

    public String createdCode() {
        return text("created-code");
    }

    public String createdUsername() {
        return text("created-username");
    }

    public String temporaryPassword() {
        return text("temporary-password");
    }
}

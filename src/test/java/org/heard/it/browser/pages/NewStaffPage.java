package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** Adding a member of staff, {@code /admin/staff/new.xhtml}; once created, the temporary password is shown once. */
public final class NewStaffPage extends Page {

    public NewStaffPage(Browser browser) {
        super(browser);
    }

    public NewStaffPage displayName(String name) {
        append("staffForm:displayName", name);
        return this;
    }

    public String displayName() {
        return value("staffForm:displayName");
    }

    public NewStaffPage username(String username) {
        append("staffForm:username", username);
        return this;
    }

    /** Ticks a role: INTERVIEWER, SUPERVISOR, … */
    public NewStaffPage role(String role) {
        choose("staffForm:roles", role);
        return this;
    }

    /** Chooses an interviewer's kind: PRACTITIONER, EXPERT_BY_EXPERIENCE. */
    public NewStaffPage kind(String kind) {
        choose("staffForm:kind", kind);
        return this;
    }

    /** Creates the account; the page shows the result, or the form again with messages. */
    public NewStaffPage create() {
        navigate("staffForm:create");
        return this;
    }

    public String temporaryPassword() {
        return text("temporary-password");
    }

    public String createdUsername() {
        return text("created-username");
    }
}

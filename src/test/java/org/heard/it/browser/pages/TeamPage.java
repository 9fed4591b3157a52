package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** A team, {@code /admin/teams/view.xhtml?id=…}. */
public final class TeamPage extends Page {

    public TeamPage(Browser browser) {
        super(browser);
    }

    public static TeamPage open(Browser browser, String base, long id) {
        browser.driver().get(base + "admin/teams/view.xhtml?id=" + id);
        return new TeamPage(browser);
    }

    public String name() {
        return text("team-name");
    }
}

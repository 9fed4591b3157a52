package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** The quality-assurance analyst's start page, {@code /qa/index.xhtml}: the ways to the QA pages. */
public final class QaHomePage extends Page {

    public QaHomePage(Browser browser) {
        super(browser);
    }

    public ActionsPage openActions() {
        navigate("actions-link");
        return new ActionsPage(browser);
    }

    public ThemeCountsPage openThemeCounts() {
        navigate("theme-counts-link");
        return new ThemeCountsPage(browser);
    }

    public QaDashboardPage openDashboard() {
        navigate("dashboard-link");
        return new QaDashboardPage(browser);
    }
}

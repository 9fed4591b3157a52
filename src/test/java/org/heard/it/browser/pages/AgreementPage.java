package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;

/** Agreement between two analysts' coding (Cohen's kappa), {@code /qa/agreement.xhtml}. */
public final class AgreementPage extends Page {

    public AgreementPage(Browser browser) {
        super(browser);
    }

    public static AgreementPage open(Browser browser, String base) {
        browser.driver().get(base + "qa/agreement.xhtml");
        browser.waitForAjax();
        return new AgreementPage(browser);
    }

    public AgreementPage compare(String first, String second) {
        select("agreement:first", first);
        select("agreement:second", second);
        navigate("agreement:compare");
        return this;
    }

    public String kappa() {
        return text("kappa");
    }
}

package org.heard.it.browser.pages;

import org.heard.it.browser.Browser;
import org.openqa.selenium.By;

/** Families due for a follow-up, {@code /supervisor/follow-up.xhtml}, after an interval in weeks. */
public final class FollowUpPage extends Page {

    public FollowUpPage(Browser browser) {
        super(browser);
    }

    public String due() {
        return text("due");
    }

    /** The paragraph saying that the change in ratings by team is perturbed. */
    public String changePerturbationNote() {
        return text("change-perturbation-note");
    }

    public boolean anyDue() {
        return present("due");
    }

    /** Shows the families due after {@code weeks} weeks. */
    public FollowUpPage interval(String weeks) {
        type("interval:weeks", weeks);
        navigate("interval:show");
        return this;
    }

    public String interval() {
        return value("interval:weeks");
    }

    public String errors() {
        return text("interval:errors");
    }

    public FamilyPage openFamily(String name) {
        navigate(driver().findElement(By.linkText(name)));
        return new FamilyPage(browser);
    }
}

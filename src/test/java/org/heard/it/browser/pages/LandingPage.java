package org.heard.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Any signed-in page: the landing pages of each role share the header, with who is signed in and sign-out. */
public final class LandingPage {

    private final WebDriver driver;

    public LandingPage(WebDriver driver) {
        this.driver = driver;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String signedInAs() {
        return driver.findElement(By.id("signed-in-as")).getText();
    }

    public String welcome() {
        return driver.findElement(By.id("welcome")).getText();
    }

    public SignInPage signOut() {
        Navigation.clickAndWait(driver, driver.findElement(By.id("signOutForm:signOut")));
        return SignInPage.current(driver);
    }
}

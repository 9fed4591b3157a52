package org.heard.it.browser.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /signin.xhtml}. */
public final class SignInPage {

    private final WebDriver driver;

    private SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SignInPage open(WebDriver driver, URL base) {
        driver.get(base.toString() + "signin.xhtml");
        return new SignInPage(driver);
    }

    public static SignInPage current(WebDriver driver) {
        return new SignInPage(driver);
    }

    /** Types the credentials and submits; the browser then shows whatever page Heard answered with. */
    public void signIn(String username, String password) {
        driver.findElement(By.id("signin:username")).clear();
        driver.findElement(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).clear();
        driver.findElement(By.id("signin:password")).sendKeys(password);
        Navigation.clickAndWait(driver, driver.findElement(By.id("signin:submit")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The text of the error summary, empty if there is none. */
    public String errors() {
        return driver.findElements(By.id("signin:errors")).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    public String notice() {
        return driver.findElements(By.className("heard-notice")).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    public String enteredUsername() {
        return driver.findElement(By.id("signin:username")).getAttribute("value");
    }
}

package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Adding staff never commits a change the page cannot report: the form redirects to the new account's page, which
 * shows the temporary password once; until it is used, the page says so and one click resets it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AddStaffIT {

    private static final Pattern PASSWORD = Pattern.compile("id=\"temporary-password\"[^>]*>([^<]+)<");

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @Test
    @DisplayName("With JavaScript off, Add staff redirects to the account, whose page shows the password once")
    void addWithoutScript() throws Exception {
        URL base = Deployments.loopback(deployed);
        TestData.Org organisation = TestData.organisation("Add staff test");
        TestData.Staff staff = TestData.staff(organisation, "Ada Admin", null, "ADMIN");
        FormClient admin = new FormClient(base);
        assertTrue(admin.signIn(staff.username(), staff.password()));
        String username = "new-" + TestData.randomLetters(8).toLowerCase(java.util.Locale.ROOT);

        HttpResponse<String> created = admin.postWithoutScript(
                "admin/staff/new.xhtml",
                "staffForm",
                "create",
                Map.of("displayName", "Nia New", "username", username, "roles", "SUPERVISOR"),
                FormClient.Opened.of(admin.get("admin/staff/new.xhtml")));

        assertEquals(302, created.statusCode(), created.body());
        String account = relative(base, created.headers().firstValue("Location").orElseThrow());
        assertTrue(account.startsWith("admin/staff/view.xhtml?id="), account);
        HttpResponse<String> shown = admin.get(account);
        assertEquals(200, shown.statusCode());
        String password = password(shown.body());
        assertTrue(shown.body().contains(username));

        HttpResponse<String> again = admin.get(account);
        assertFalse(again.body().contains(password), "the password is shown once");
        assertTrue(again.body().contains("id=\"temporary-unused\""), "the page says it has not been used yet");

        HttpResponse<String> reset = admin.submit(account, "actions", "resetPassword", Map.of());
        assertEquals(302, reset.statusCode(), "the reset redirects too");
        String renewed = password(
                admin.get(relative(base, reset.headers().firstValue("Location").orElseThrow()))
                        .body());
        assertNotEquals(password, renewed);
        assertFalse(new FormClient(base).signIn(username, password), "the old temporary password stops working");
        assertTrue(new FormClient(base).signIn(username, renewed));
    }

    private static String password(String page) {
        Matcher matcher = PASSWORD.matcher(page);
        assertTrue(matcher.find(), "the temporary password is shown");
        return matcher.group(1).strip();
    }

    private static String relative(URL base, String location) {
        String root = base.getPath();
        String path = location.replaceFirst("^https?://[^/]+", "");
        assertTrue(path.startsWith(root), path);
        return path.substring(root.length());
    }
}

package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Changing one's own password signs out one's other sessions, and keeps the one it was changed in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnPasswordChangeIT {

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @Test
    @DisplayName("After a password change, the person's other sessions are signed out and this one stays")
    void otherSessionsEnd() throws Exception {
        URL base = Deployments.loopback(deployed);
        TestData.Staff staff =
                TestData.staff(TestData.organisation("Password change test"), "Pip Changer", null, "ADMIN");
        FormClient here = new FormClient(base);
        FormClient elsewhere = new FormClient(base);
        assertTrue(here.signIn(staff.username(), staff.password()));
        assertTrue(elsewhere.signIn(staff.username(), staff.password()));
        assertEquals(200, elsewhere.get("admin/index.xhtml").statusCode(), "both are signed in");

        String chosen = "Quiet-harbour-" + TestData.randomLetters(12);
        HttpResponse<String> changed = here.submit(
                "account/password.xhtml",
                "password",
                "change",
                Map.of("current", staff.password(), "chosen", chosen, "confirmation", chosen));

        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, here.get("admin/index.xhtml").statusCode(), "the session it was changed in stays");
        HttpResponse<String> other = elsewhere.get("admin/index.xhtml");
        assertEquals(302, other.statusCode(), "the other session is signed out");
        assertTrue(other.headers().firstValue("Location").orElse("").contains("signin.xhtml"));
    }

    @Test
    @DisplayName("A breached passphrase is refused with the reason, checked without any network call")
    void breachedPassphraseRefused() throws Exception {
        URL base = Deployments.loopback(deployed);
        TestData.Staff staff =
                TestData.staff(TestData.organisation("Breached password test"), "Bo Breached", null, "ADMIN");
        FormClient client = new FormClient(base);
        assertTrue(client.signIn(staff.username(), staff.password()));

        HttpResponse<String> refused = client.submit(
                "account/password.xhtml",
                "password",
                "change",
                Map.of(
                        "current",
                        staff.password(),
                        "chosen",
                        "correcthorsebatterystaple",
                        "confirmation",
                        "correcthorsebatterystaple"));

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("on a list of common or breached passwords"), refused.body());
        assertTrue(new FormClient(base).signIn(staff.username(), staff.password()), "the old password still holds");
    }
}

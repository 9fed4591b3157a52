package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One form submission creates once: the same page posted twice creates one team, one account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreateOncePerSubmissionIT {

    @ArquillianResource
    private URL deployed;

    private FormClient admin;
    private TestData.Org organisation;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeEach
    void signIn() throws Exception {
        organisation = TestData.organisation("Create once test");
        TestData.Staff staff = TestData.staff(organisation, "Ann Admin", null, "ADMIN");
        admin = new FormClient(Deployments.loopback(deployed));
        assertTrue(admin.signIn(staff.username(), staff.password()));
    }

    @Test
    @DisplayName("One view state posted twice creates one team; both answers go to it")
    void oneTeam() throws Exception {
        String name = "Team " + TestData.randomLetters(8);
        FormClient.Opened page = FormClient.Opened.of(admin.get("admin/teams/new.xhtml"));

        HttpResponse<String> first =
                admin.post("admin/teams/new.xhtml", "teamForm", "create", Map.of("name", name), page);
        HttpResponse<String> second =
                admin.post("admin/teams/new.xhtml", "teamForm", "create", Map.of("name", name), page);

        assertEquals(302, first.statusCode());
        assertEquals(302, second.statusCode());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertEquals(1, count("SELECT COUNT(*) FROM team WHERE organisation_id = ? AND name = ?", name));
    }

    @Test
    @DisplayName("One view state posted twice creates one account; both answers go to it")
    void oneAccount() throws Exception {
        String username = "once-" + TestData.randomLetters(8).toLowerCase(java.util.Locale.ROOT);
        Map<String, String> fields = Map.of("displayName", "Olly Once", "username", username, "roles", "SUPERVISOR");
        FormClient.Opened page = FormClient.Opened.of(admin.get("admin/staff/new.xhtml"));

        HttpResponse<String> first = admin.post("admin/staff/new.xhtml", "staffForm", "create", fields, page);
        HttpResponse<String> second = admin.post("admin/staff/new.xhtml", "staffForm", "create", fields, page);

        assertEquals(302, first.statusCode());
        assertEquals(302, second.statusCode(), "the repeat is not refused as a taken user name: it was this one");
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertEquals(
                1, count("SELECT COUNT(*) FROM staff_account WHERE organisation_id = ? AND username = ?", username));
    }

    @Test
    @DisplayName("A refused submission records nothing: the corrected form, posted from the same page, creates")
    void refusedThenCorrected() throws Exception {
        FormClient.Opened page = FormClient.Opened.of(admin.get("admin/teams/new.xhtml"));

        HttpResponse<String> refused =
                admin.post("admin/teams/new.xhtml", "teamForm", "create", Map.of("name", " "), page);
        assertEquals(200, refused.statusCode());

        String name = "Team " + TestData.randomLetters(8);
        HttpResponse<String> corrected = admin.post(
                "admin/teams/new.xhtml", "teamForm", "create", Map.of("name", name), FormClient.Opened.of(refused));
        assertEquals(302, corrected.statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM team WHERE organisation_id = ? AND name = ?", name));
    }

    private long count(String sql, String value) throws Exception {
        try (Connection db = TestData.connection();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, organisation.id());
            query.setString(2, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}

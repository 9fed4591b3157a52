package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.heard.application.administration.AdministrationService;
import org.heard.application.administration.PlatformAdministration;
import org.heard.application.administration.StaffService;
import org.heard.application.administration.TeamService;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.infrastructure.security.StaffIdentityStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The platform administrator creates organisations with their first
 * administrator, inside Payara against MariaDB: one transaction, audited in the
 * new organisation's chain, validation, and no access to any organisation's
 * teams or staff; an organisation's administrator cannot act as one.
 */
class PlatformAdministrationIT extends InContainerTest {

    private static TestData.Org home;
    private static TestData.Org other;
    private static Caller platformAdmin;
    private static Caller homeAdmin;
    private static TestData.Staff platformAccount;
    private static long otherTeam;

    @Inject
    private PlatformAdministration platform;

    @Inject
    private AdministrationService administration;

    @Inject
    private StaffService staff;

    @Inject
    private TeamService teams;

    @Inject
    private StaffIdentityStore identityStore;

    @Inject
    private AuditTrail audit;

    @BeforeEach
    void arrange() {
        if (home == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("Home (platform)", "Other (platform)");
            home = organisations.first();
            other = organisations.second();
            platformAccount = TestData.staff(home, "Pat Platform", null, "PLATFORM_ADMIN");
            platformAdmin = TestData.caller(home, platformAccount, EnumSet.of(Role.PLATFORM_ADMIN), null);
            homeAdmin = TestData.staffCaller(home, "Hal Admin", Role.ADMIN);
            otherTeam = TestData.team(other, "Other's team");
            TestData.staff(other, "Olga Other", null, "SUPERVISOR");
        }
        TestCallerContext.actAs(platformAdmin);
    }

    private static String key(Runnable action) {
        return assertThrows(InterviewRuleException.class, action::run).getMessageKey();
    }

    private static String newCode() {
        return TestData.randomLetters(5) + "7";
    }

    private PlatformAdministration.Listing listing(String code) {
        return platform.organisations().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + code));
    }

    @Test
    @DisplayName("A new organisation comes with its first administrator, who must change the temporary password")
    void createOrganisation() throws Exception {
        String code = newCode();
        String username = "first.admin." + code.toLowerCase(Locale.ROOT) + "@example.org";
        PlatformAdministration.Created created =
                platform.create(" " + code.toLowerCase(Locale.ROOT) + " ", "  New Council  ", "Ada First", username);
        assertEquals(code, created.code(), "upper-cased");
        assertEquals(16, created.administrator().password().length());
        PlatformAdministration.Listing listing = listing(code);
        assertEquals("New Council", listing.name());
        assertEquals(1, listing.staffAccounts());
        assertEquals(1, listing(other.code()).staffAccounts(), "counts, never names");

        List<String> events = new ArrayList<>();
        try (Connection db = TestData.connection();
                PreparedStatement query = db.prepareStatement("SELECT e.action, e.field, e.actor_id,"
                        + " (SELECT v.value FROM audit_value v WHERE v.event_id = e.id AND v.slot = 'NEW')"
                        + " FROM audit_event e WHERE e.chain_id = ? ORDER BY e.seq")) {
            query.setLong(1, created.organisationId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertEquals(platformAccount.id(), rows.getLong(3), "the platform administrator acted");
                    events.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(4));
                }
            }
        }
        assertEquals(
                List.of(
                        "ORGANISATION_CREATED code " + code,
                        "ORGANISATION_CREATED name New Council",
                        "STAFF_CREATED display-name null",
                        "STAFF_CREATED username null",
                        "STAFF_CREATED roles ADMIN",
                        "STAFF_CREATED interviewer-kind null"),
                events,
                "the new organisation's chain starts with its creation; names by digest only");
        // Signing in adds SIGN_IN_SUCCEEDED to the chain, by the new administrator.
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(
                                username, new Password(created.administrator().password())))
                        .getStatus());
        Caller firstAdmin = new Caller(
                created.administrator().staffId(),
                created.organisationId(),
                code,
                "New Council",
                "Ada First",
                EnumSet.of(Role.ADMIN),
                null,
                true);
        TestCallerContext.actAs(firstAdmin);
        StaffAccount account = administration.account(created.administrator().staffId());
        assertTrue(account.isMustChangePassword(), "the temporary password must be changed");
        assertEquals(EnumSet.of(Role.ADMIN), account.getRoles());
        assertEquals(created.organisationId(), account.getOrganisationId());

        assertTrue(audit.verify(created.organisationId()).isIntact());
    }

    @Test
    @DisplayName("Bad codes, names and administrators are refused with specific messages, and nothing is created")
    void badInput() {
        String code = newCode();
        platform.create(code, "Taken Council", "Tom Taken", "taken." + code.toLowerCase(Locale.ROOT));
        int before = platform.organisations().size();
        assertEquals("platform.error.code-required", key(() -> platform.create(" ", "Name", "Ann", "ann.x")));
        assertEquals("platform.error.code-invalid", key(() -> platform.create("B", "Name", "Ann", "ann.x")));
        assertEquals("platform.error.code-invalid", key(() -> platform.create("ABCDEFGHI", "Name", "Ann", "ann.x")));
        assertEquals("platform.error.code-invalid", key(() -> platform.create("B-H", "Name", "Ann", "ann.x")));
        assertEquals(
                "platform.error.code-taken",
                key(() -> platform.create(code.toLowerCase(Locale.ROOT), "Name", "Ann", "ann.x")));
        String fresh = newCode();
        assertEquals("platform.error.name-required", key(() -> platform.create(fresh, " ", "Ann", "ann.x")));
        assertEquals(
                "platform.error.name-too-long", key(() -> platform.create(fresh, "n".repeat(201), "Ann", "ann.x")));
        assertEquals("admin.staff.error.name-required", key(() -> platform.create(fresh, "Name", "", "ann.x")));
        assertEquals("admin.staff.error.username-invalid", key(() -> platform.create(fresh, "Name", "Ann", "a b")));
        assertEquals(
                "admin.staff.error.username-taken",
                key(() -> platform.create(fresh, "Name", "Ann", platformAccount.username())));
        assertEquals(before, platform.organisations().size(), "a refused administrator leaves no organisation");
        assertTrue(platform.organisations().stream().noneMatch(o -> o.code().equals(fresh)));
    }

    @Test
    @DisplayName("Only a platform administrator creates organisations, and it sees no organisation's teams or staff")
    void access() {
        TestCallerContext.actAs(homeAdmin);
        assertThrows(InterviewAccessException.class, () -> platform.create(newCode(), "Name", "Ann", "ann.y"));
        assertThrows(InterviewAccessException.class, () -> platform.organisations());
        assertThrows(
                InterviewAccessException.class,
                () -> administration.createStaff("Pete", "pete.p", EnumSet.of(Role.PLATFORM_ADMIN), null),
                "an organisation's administrator cannot make a platform administrator");
        assertThrows(
                InterviewAccessException.class,
                () -> administration.resetPassword(platformAccount.id()),
                "nor take over the platform administrator's account");

        TestCallerContext.actAs(platformAdmin);
        assertThrows(InterviewAccessException.class, () -> administration.account(platformAccount.id()));
        assertThrows(InterviewAccessException.class, () -> administration.createTeam("A team"));
        assertThrows(NotFoundException.class, () -> teams.team(otherTeam));
        assertTrue(
                staff.staff().stream().allMatch(s -> s.getOrganisationId() == home.id()),
                "never another organisation's staff");
    }
}

package org.heard.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Organisation persisted(String code, long id) {
        Organisation organisation = new Organisation(code, "Test " + code, NOW);
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return organisation;
    }

    @Test
    @DisplayName("An interviewer account records whether they are an Expert by Experience or a practitioner")
    void interviewerNeedsKind() {
        Organisation bh = persisted("BH", 1);
        assertThrows(
                NullPointerException.class,
                () -> new StaffAccount(bh, "someone", "Some One", "hash", EnumSet.of(Role.INTERVIEWER), null, NOW));

        StaffAccount expert = new StaffAccount(
                bh,
                "expert",
                "Ex Pert",
                "hash",
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                NOW);
        assertEquals(
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                expert.getInterviewerKind().orElseThrow());
    }

    @Test
    @DisplayName("Staff who do not interview have no interviewer kind, even if one is given")
    void nonInterviewerHasNoKind() {
        StaffAccount admin = new StaffAccount(
                persisted("BH", 1),
                "admin",
                "Ad Min",
                "hash",
                EnumSet.of(Role.ADMIN),
                InterviewerKind.PRACTITIONER,
                NOW);
        assertTrue(admin.getInterviewerKind().isEmpty());
    }

    @Test
    @DisplayName("An account needs at least one role, and may hold several")
    void roles() {
        Organisation bh = persisted("BH", 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> new StaffAccount(bh, "none", "No Role", "hash", Set.of(), null, NOW));
        StaffAccount both = new StaffAccount(
                bh,
                "both",
                "Both Roles",
                "hash",
                EnumSet.of(Role.SUPERVISOR, Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER,
                NOW);
        assertTrue(both.hasRole(Role.SUPERVISOR));
        assertTrue(both.hasRole(Role.INTERVIEWER));
        assertFalse(both.hasRole(Role.ADMIN));
        assertEquals(Role.INTERVIEWER, both.primaryRole());
        assertThrows(UnsupportedOperationException.class, () -> both.getRoles().add(Role.ADMIN));
    }

    @Test
    @DisplayName("User names are stored trimmed and in lower case; blank or over-long ones are refused")
    void usernames() {
        Organisation bh = persisted("BH", 1);
        StaffAccount account =
                new StaffAccount(bh, "  Ada.Lovelace@BH.example ", "Ada", "hash", EnumSet.of(Role.ADMIN), null, NOW);
        assertEquals("ada.lovelace@bh.example", account.getUsername());
        assertThrows(IllegalArgumentException.class, () -> StaffAccount.normaliseUsername("   "));
        assertThrows(
                IllegalArgumentException.class,
                () -> StaffAccount.normaliseUsername("x".repeat(StaffAccount.USERNAME_MAX + 1)));
    }

    @Test
    @DisplayName("An account belongs to exactly one organisation, which must already exist")
    void belongsToOrganisation() {
        Organisation unsaved = new Organisation("ES", "East Sussex", NOW);
        assertThrows(
                NullPointerException.class,
                () -> new StaffAccount(unsaved, "someone", "Some One", "hash", EnumSet.of(Role.ADMIN), null, NOW));
        StaffAccount account =
                new StaffAccount(persisted("ES", 7), "someone", "Some One", "hash", EnumSet.of(Role.ADMIN), null, NOW);
        assertEquals(7L, account.getOrganisationId());
        assertTrue(account.isEnabled());
    }

    @Test
    @DisplayName("Organisation codes are 2 to 8 letters or digits, upper-cased")
    void organisationCodes() {
        assertEquals("BH", new Organisation(" bh ", "Brighton", NOW).getCode());
        assertThrows(IllegalArgumentException.class, () -> new Organisation("B", "Too short", NOW));
        assertEquals("ESX2", new Organisation("esx2", "East Sussex 2", NOW).getCode());
        assertThrows(IllegalArgumentException.class, () -> new Organisation("B-H", "Not letters", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Organisation("ABCDEFGHI", "Too long", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Organisation("BH", " ", NOW));
    }

    @Test
    @DisplayName("Each role has its own landing page")
    void landingPages() {
        assertEquals(
                Role.values().length,
                EnumSet.allOf(Role.class).stream()
                        .map(Role::landingPage)
                        .distinct()
                        .count());
        assertEquals("/admin/index.xhtml", Role.ADMIN.landingPage());
    }
}

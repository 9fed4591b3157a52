package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heard.application.quality.ActionLogService;
import org.heard.application.shared.Caller;
import org.heard.application.shared.ClockProducer;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.ActionLogException;
import org.heard.domain.model.quality.ActionStatus;
import org.heard.domain.model.quality.QualityAction;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The "you said, we did" log inside Payara against MariaDB: recording and moving an
 * action on, the printable list of done actions, every refusal with its reason, edits
 * that cross, organisation isolation and the audit trail.
 */
class ActionLogIT extends InContainerTest {

    private static TestData.Org west;
    private static TestData.Org east;
    private static Caller westAnalyst;
    private static Caller eastAnalyst;
    private static Caller westSupervisor;

    @Inject
    private ActionLogService log;

    @BeforeEach
    void arrange() {
        if (west == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("West (actions)", "East (actions)");
            west = organisations.first();
            east = organisations.second();
            westAnalyst = TestData.staffCaller(west, "Quinn Analyst", Role.QA_ANALYST);
            eastAnalyst = TestData.staffCaller(east, "Elio Analyst", Role.QA_ANALYST);
            westSupervisor = TestData.staffCaller(west, "Sid Supervisor", Role.SUPERVISOR);
            insertTheme(west, "Listened to");
            insertTheme(east, "East only theme");
        }
        TestCallerContext.actAs(westAnalyst);
    }

    private static void insertTheme(TestData.Org org, String name) {
        try (Connection db = TestData.admin();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO qa_theme (organisation_id, name, description, created_at, version)"
                                + " VALUES (?, ?, 'For the action log test', CURRENT_TIMESTAMP(6), 0)")) {
            insert.setLong(1, org.id());
            insert.setString(2, name);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.ZONE);
    }

    @Test
    @DisplayName("An action is recorded, moved on to done, shared back, and listed for the leaflet")
    void lifecycle() throws Exception {
        Map<Long, String> themes = log.themes();
        long listenedTo = themes.entrySet().stream()
                .filter(e -> e.getValue().equals("Listened to"))
                .findFirst()
                .orElseThrow()
                .getKey();
        assertTrue(themes.values().stream().noneMatch("East only theme"::equals), "own codebook only");
        QualityAction action =
                log.record(listenedTo, " Parents felt rushed on the phone ", "Longer calls booked", "Team manager");
        assertEquals(ActionStatus.PROPOSED, action.getStatus());
        assertEquals("Parents felt rushed on the phone", action.getFinding());
        assertTrue(log.done().stream().noneMatch(a -> a.getId().equals(action.getId())), "not done yet");

        QualityAction progressed = log.change(
                action.getId(),
                action.getVersion(),
                listenedTo,
                action.getFinding(),
                "Longer calls booked",
                "Team manager",
                ActionStatus.IN_PROGRESS,
                null);
        QualityAction done = log.change(
                progressed.getId(),
                progressed.getVersion(),
                listenedTo,
                progressed.getFinding(),
                "Calls are booked for an hour",
                "Head of Service",
                ActionStatus.DONE,
                today());
        assertEquals(ActionStatus.DONE, done.getStatus());
        assertEquals(today(), done.getSharedOn());
        assertTrue(log.done().stream().anyMatch(a -> a.getId().equals(action.getId())));

        List<String> audited = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT action, field FROM audit_event"
                        + " WHERE chain_id = ? AND entity_type = 'qa-action' AND entity_id = ? ORDER BY id")) {
            query.setLong(1, west.id());
            query.setLong(2, action.getId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    audited.add(rows.getString(1) + ":" + rows.getString(2));
                }
            }
        }
        assertTrue(audited.contains("QA_ACTION_RECORDED:status"), audited.toString());
        assertTrue(audited.contains("QA_ACTION_CHANGED:status"), audited.toString());
        assertTrue(audited.contains("QA_ACTION_CHANGED:shared-on"), audited.toString());
        assertTrue(audited.contains("QA_ACTION_CHANGED:owner"), audited.toString());
        assertTrue(audited.contains("QA_ACTION_CHANGED:words"), audited.toString());
    }

    @Test
    @DisplayName("Blank, over-long, foreign-theme, premature or future sharing, and crossed edits are refused")
    void refusals() {
        assertEquals("qa.actions.error.finding-required", refusal(() -> log.record(null, " ", "Did", "Owner")));
        assertEquals("qa.actions.error.action-required", refusal(() -> log.record(null, "Said", null, "Owner")));
        assertEquals("qa.actions.error.owner-required", refusal(() -> log.record(null, "Said", "Did", "")));
        assertEquals(
                "qa.actions.error.finding-too-long",
                refusal(() -> log.record(null, "x".repeat(QualityAction.FINDING_MAX + 1), "Did", "Owner")));
        TestCallerContext.actAs(eastAnalyst);
        long eastTheme = log.themes().keySet().iterator().next();
        TestCallerContext.actAs(westAnalyst);
        assertEquals("qa.actions.error.theme", refusal(() -> log.record(eastTheme, "Said", "Did", "Owner")));

        QualityAction action = log.record(null, "Said", "Did", "Owner");
        assertEquals(
                "qa.actions.error.shared-not-done",
                refusal(() -> log.change(
                        action.getId(),
                        action.getVersion(),
                        null,
                        "Said",
                        "Did",
                        "Owner",
                        ActionStatus.PROPOSED,
                        today())));
        assertEquals(
                "qa.actions.error.shared-future",
                refusal(() -> log.change(
                        action.getId(),
                        action.getVersion(),
                        null,
                        "Said",
                        "Did",
                        "Owner",
                        ActionStatus.DONE,
                        today().plusDays(1))));
        QualityAction changed = log.change(
                action.getId(), action.getVersion(), null, "Said", "Did", "Owner", ActionStatus.IN_PROGRESS, null);
        assertEquals(
                "qa.actions.error.changed-elsewhere",
                refusal(() -> log.change(
                        action.getId(),
                        action.getVersion(),
                        null,
                        "Said",
                        "Did it",
                        "Owner",
                        ActionStatus.DONE,
                        null)));
        assertEquals(ActionStatus.IN_PROGRESS, log.action(changed.getId()).getStatus(), "nothing changed");
    }

    @Test
    @DisplayName("Another organisation's analyst cannot see or change the log; other roles cannot use it")
    void isolation() {
        QualityAction action = log.record(null, "West finding", "West action", "West owner");
        TestCallerContext.actAs(eastAnalyst);
        assertTrue(log.actions().stream().noneMatch(a -> a.getId().equals(action.getId())));
        assertThrows(NotFoundException.class, () -> log.action(action.getId()));
        assertThrows(
                NotFoundException.class,
                () -> log.change(action.getId(), action.getVersion(), null, "x", "y", "z", ActionStatus.DONE, null));
        TestCallerContext.actAs(westSupervisor);
        assertThrows(InterviewAccessException.class, () -> log.actions());
    }

    private static String refusal(org.junit.jupiter.api.function.Executable change) {
        return assertThrows(ActionLogException.class, change).getMessageKey();
    }
}

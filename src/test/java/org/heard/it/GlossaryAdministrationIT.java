package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.heard.application.administration.GlossaryAdministration;
import org.heard.application.audit.AuditTrail;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.interview.ConsentService;
import org.heard.application.interview.GlossaryService;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryMarker;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each organisation's glossary, inside Payara against MariaDB: adding terms and
 * publishing definition versions, the definition in force per organisation in
 * interviews, the version an interview recorded, validation, isolation between
 * organisations, append-only rows and audit events.
 */
class GlossaryAdministrationIT extends InContainerTest {

    private static TestData.Org north;
    private static TestData.Org south;
    private static Caller northAdmin;
    private static Caller northInterviewer;
    private static Caller southAdmin;
    private static Caller southInterviewer;

    @Inject
    private GlossaryAdministration glossary;

    @Inject
    private GlossaryService markers;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private ConsentService consent;

    @Inject
    private AnswerService answers;

    @Inject
    private AuditTrail audit;

    @BeforeEach
    void arrange() {
        if (north == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("North (glossary)", "South (glossary)");
            north = organisations.first();
            south = organisations.second();
            northAdmin = TestData.staffCaller(north, "Nora Admin", Role.ADMIN);
            southAdmin = TestData.staffCaller(south, "Sid Admin", Role.ADMIN);
            northInterviewer = TestData.interviewerCaller(north, "Nell Interviewer", InterviewerKind.PRACTITIONER);
            southInterviewer = TestData.interviewerCaller(south, "Stan Interviewer", InterviewerKind.PRACTITIONER);
        }
        TestCallerContext.actAs(northAdmin);
    }

    private static String key(Runnable action) {
        return assertThrows(InterviewRuleException.class, action::run).getMessageKey();
    }

    private GlossaryAdministration.Entry entry(String term) {
        return glossary.terms().stream()
                .filter(e -> e.getTerm().getTerm().equals(term))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no term " + term));
    }

    private static String unique(String prefix) {
        return prefix + " " + TestData.randomLetters(8).toLowerCase(Locale.ROOT);
    }

    @Test
    @DisplayName("An administrator adds a term and publishes a new version; another organisation never sees it")
    void addTermAndNewVersion() {
        String term = unique("family group conference");
        GlossaryAdministration.Entry added = glossary.addTerm(
                "  " + term + " ",
                "A meeting where the family makes a plan.",
                List.of("FGC " + term, " ", "conference"));
        long termId = added.getTerm().getId();
        assertEquals(GlossaryAdministration.Standing.OWN, entry(term).getStanding());
        assertEquals(1, entry(term).getDefinition().getVersion());
        assertEquals(
                List.of("FGC " + term, "conference"),
                entry(term).getDefinition().getVariants());

        GlossaryAdministration.Entry second =
                glossary.publish(termId, 1, "A meeting where the wider family makes a plan.", List.of("conference"));
        assertEquals(2, second.getDefinition().getVersion());
        List<GlossaryDefinition> versions = glossary.versions(termId);
        assertEquals(
                List.of(2, 1),
                versions.stream().map(GlossaryDefinition::getVersion).toList());
        assertEquals(
                "A meeting where the wider family makes a plan.",
                entry(term).getDefinition().getText());
        assertEquals(List.of("conference"), entry(term).getDefinition().getVariants());

        TestCallerContext.actAs(southAdmin);
        assertTrue(glossary.terms().stream().noneMatch(e -> e.getTerm().getId() == termId), "not in South's list");
        assertThrows(NotFoundException.class, () -> glossary.term(termId));
        assertThrows(NotFoundException.class, () -> glossary.versions(termId));
        assertThrows(NotFoundException.class, () -> glossary.publish(termId, 2, "South's words", List.of()));
        assertTrue(
                glossary.versions(entry("trust").getTerm().getId()).stream()
                        .allMatch(d -> d.getOrganisationId() == null || d.getOrganisationId() == south.id()),
                "South sees shared versions of trust and its own, never North's");

        TestCallerContext.actAs(northInterviewer);
        assertThrows(InterviewAccessException.class, () -> glossary.addTerm(unique("x"), "y", List.of()));
        assertThrows(InterviewAccessException.class, () -> glossary.terms());
    }

    @Test
    @DisplayName("North's interview marks and records North's version of trust; South still gets the shared one;"
            + " a recorded opening keeps pointing to the version that was opened")
    void definitionInForcePerOrganisation() throws Exception {
        GlossaryAdministration.Entry trust = entry("trust");
        long trustId = trust.getTerm().getId();
        GlossaryDefinition shared = trust.getDefinition();
        String sentence = "Do you trust your social worker?";

        // Both organisations' markers are built before North's change, so the change must refresh North's.
        TestCallerContext.actAs(northInterviewer);
        assertEquals(shared.getId(), markers.definitionOf(north.id(), trustId).getId());
        TestCallerContext.actAs(southInterviewer);
        assertEquals(shared.getId(), markers.definitionOf(south.id(), trustId).getId());

        TestCallerContext.actAs(northAdmin);
        String northText = "North's words about trust: " + TestData.randomLetters(6);
        GlossaryAdministration.Entry northTrust =
                glossary.publish(trustId, shared.getVersion(), northText, List.of("trustworthy", "trusted adult"));
        GlossaryDefinition northVersion = northTrust.getDefinition();
        assertEquals(GlossaryAdministration.Standing.OVERRIDDEN, entry("trust").getStanding());
        assertTrue(northVersion.getVersion() > shared.getVersion());

        TestCallerContext.actAs(northInterviewer);
        List<GlossaryMarker.Segment> marked = markers.mark(north.id(), "She is a trusted adult. " + sentence);
        assertEquals(
                List.of(trustId, trustId),
                marked.stream()
                        .filter(GlossaryMarker.Segment::isTerm)
                        .map(GlossaryMarker.Segment::termId)
                        .toList());
        assertEquals("trusted adult", marked.get(1).text(), "North's new variant is found");
        assertEquals(
                northVersion.getId(), markers.definitionOf(north.id(), trustId).getId());
        assertEquals(northText, markers.definitionOf(north.id(), trustId).getText());
        Interview northInterview = agreedInterview();
        answers.definitionOpened(northInterview.getId(), northVersion.getId());

        TestCallerContext.actAs(southInterviewer);
        assertEquals(shared.getId(), markers.definitionOf(south.id(), trustId).getId(), "South keeps the shared one");
        assertEquals(
                1,
                markers.mark(south.id(), "She is a trusted adult.").stream()
                        .filter(GlossaryMarker.Segment::isTerm)
                        .count(),
                "North's variant is not South's: only \"trusted\" is found");
        Interview southInterview = agreedInterview();
        assertThrows(
                NotFoundException.class,
                () -> answers.definitionOpened(southInterview.getId(), northVersion.getId()),
                "South cannot record North's definition");
        answers.definitionOpened(southInterview.getId(), shared.getId());
        assertThrows(
                IllegalArgumentException.class,
                () -> markers.definitionOf(north.id(), trustId),
                "North's glossary is not South's to read, even when it is cached");

        TestCallerContext.actAs(northAdmin);
        GlossaryDefinition newer = glossary.publish(
                        trustId, northVersion.getVersion(), northText + " (revised)", List.of("trustworthy"))
                .getDefinition();
        assertEquals(northVersion.getVersion() + 1, newer.getVersion());
        assertEquals(List.of(northVersion.getId()), opened(northInterview.getId()), "the version that was opened");
        assertEquals(List.of(shared.getId()), opened(southInterview.getId()));
        TestCallerContext.actAs(northInterviewer);
        assertEquals(newer.getId(), markers.definitionOf(north.id(), trustId).getId());
    }

    private Interview agreedInterview() {
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null));
        return interviews.interview(interview.getId());
    }

    private static List<Long> opened(long interviewId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestData.connection();
                PreparedStatement query = db.prepareStatement(
                        "SELECT definition_id FROM definition_opened WHERE interview_id = ? ORDER BY id")) {
            query.setLong(1, interviewId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    @Test
    @DisplayName("Every bad term, definition and variant is refused with its own message, and nothing is stored")
    void badInput() {
        int before = glossary.terms().size();
        String term = unique("respite");
        List<String> none = List.of();
        assertEquals("admin.glossary.error.term-required", key(() -> glossary.addTerm(" ", "Text", none)));
        assertEquals("admin.glossary.error.term-too-long", key(() -> glossary.addTerm("x".repeat(101), "Text", none)));
        assertEquals("admin.glossary.error.term-taken", key(() -> glossary.addTerm("TRUST", "Text", none)));
        assertEquals("admin.glossary.error.term-taken", key(() -> glossary.addTerm("Children's  Services", "T", none)));
        assertEquals("admin.glossary.error.term-is-variant", key(() -> glossary.addTerm("Trustworthy", "T", none)));
        assertEquals("admin.glossary.error.definition-required", key(() -> glossary.addTerm(term, "  ", none)));
        assertEquals(
                "admin.glossary.error.definition-too-long", key(() -> glossary.addTerm(term, "x".repeat(2_001), none)));
        assertEquals(
                "admin.glossary.error.variant-too-long",
                key(() -> glossary.addTerm(term, "Text", List.of("v".repeat(101)))));
        assertEquals(
                "admin.glossary.error.variant-separator",
                key(() -> glossary.addTerm(term, "Text", List.of("short break|respite care"))));
        assertEquals(
                "admin.glossary.error.variant-duplicate",
                key(() -> glossary.addTerm(term, "Text", List.of("short break", "Short  Break"))));
        assertEquals(
                "admin.glossary.error.variant-is-term",
                key(() -> glossary.addTerm(term, "Text", List.of(term.toUpperCase(Locale.ROOT)))));
        assertEquals("admin.glossary.error.variant-taken", key(() -> glossary.addTerm(term, "Text", List.of("IRO"))));
        assertEquals("admin.glossary.error.variant-taken", key(() -> glossary.addTerm(term, "Text", List.of("Trust"))));
        List<String> long100 = IntStream.range(0, 11)
                .mapToObj(i -> (char) ('a' + i) + "x".repeat(99))
                .toList();
        assertEquals("admin.glossary.error.variants-too-long", key(() -> glossary.addTerm(term, "Text", long100)));
        assertEquals(before, glossary.terms().size(), "nothing was added");

        GlossaryAdministration.Entry complaint = entry("complaint");
        long id = complaint.getTerm().getId();
        int version = complaint.getDefinition().getVersion();
        String text = complaint.getDefinition().getText();
        List<String> variants = complaint.getDefinition().getVariants();
        assertEquals(
                "admin.glossary.error.definition-required", key(() -> glossary.publish(id, version, "", variants)));
        assertEquals(
                "admin.glossary.error.variant-taken",
                key(() -> glossary.publish(id, version, text + " More.", List.of("IRO"))));
        assertEquals(
                "admin.glossary.error.unchanged",
                key(() -> glossary.publish(id, version, " " + text + "\n", variants)));
        List<String> reordered = new ArrayList<>(variants);
        java.util.Collections.reverse(reordered);
        assertEquals("admin.glossary.error.unchanged", key(() -> glossary.publish(id, version, text, reordered)));
        assertEquals(
                "admin.glossary.error.stale",
                key(() -> glossary.publish(id, version - 1, text + " Changed.", variants)));
        assertEquals(1, glossary.versions(id).size(), "nothing was published");

        glossary.publish(id, version, text + " Changed.", variants);
        assertEquals(
                "admin.glossary.error.stale",
                key(() -> glossary.publish(id, version, text + " Changed again.", variants)),
                "a page that showed the old version is refused");
    }

    @Test
    @DisplayName("The application's account can only read and insert glossary rows: UPDATE and DELETE are denied")
    void appendOnly() throws Exception {
        try (Connection app = TestData.connection();
                Statement sql = app.createStatement()) {
            for (String statement : List.of(
                    "UPDATE glossary_definition SET text = 'changed'",
                    "UPDATE glossary_term SET term = 'changed'",
                    "DELETE FROM glossary_definition",
                    "DELETE FROM glossary_term")) {
                SQLException denied = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(denied.getMessage().toLowerCase(Locale.ROOT).contains("denied"), denied.getMessage());
            }
        }
    }

    @Test
    @DisplayName("Adding a term and publishing a version are audited, with the old and new text readable")
    void audited() throws Exception {
        String term = unique("personal education plan");
        GlossaryAdministration.Entry added = glossary.addTerm(term, "First words.", List.of("PEP " + term));
        GlossaryAdministration.Entry second =
                glossary.publish(added.getTerm().getId(), 1, "Second words.", List.of("PEP " + term));
        List<String> events = new ArrayList<>();
        try (Connection db = TestData.connection();
                PreparedStatement query = db.prepareStatement("SELECT e.action, e.field, e.actor_id,"
                        + " (SELECT v.value FROM audit_value v WHERE v.event_id = e.id AND v.slot = 'OLD'),"
                        + " (SELECT v.value FROM audit_value v WHERE v.event_id = e.id AND v.slot = 'NEW')"
                        + " FROM audit_event e WHERE e.chain_id = ? AND ((e.entity_type = 'glossary-term'"
                        + " AND e.entity_id = ?) OR (e.entity_type = 'glossary-definition' AND e.entity_id IN (?, ?)))"
                        + " ORDER BY e.seq")) {
            query.setLong(1, north.id());
            query.setLong(2, added.getTerm().getId());
            query.setLong(3, added.getDefinition().getId());
            query.setLong(4, second.getDefinition().getId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertEquals(northAdmin.getStaffId(), rows.getLong(3));
                    events.add(rows.getString(1) + " " + rows.getString(2) + ": " + rows.getString(4) + " -> "
                            + rows.getString(5));
                }
            }
        }
        assertEquals(
                List.of(
                        "GLOSSARY_TERM_ADDED term: null -> " + term,
                        "GLOSSARY_DEFINITION_PUBLISHED version: null -> 1",
                        "GLOSSARY_DEFINITION_PUBLISHED text: null -> First words.",
                        "GLOSSARY_DEFINITION_PUBLISHED variants: null -> PEP " + term,
                        "GLOSSARY_DEFINITION_PUBLISHED version: 1 -> 2",
                        "GLOSSARY_DEFINITION_PUBLISHED text: First words. -> Second words.",
                        "GLOSSARY_DEFINITION_PUBLISHED variants: PEP " + term + " -> PEP " + term),
                events);
        assertTrue(audit.verify(north.id()).isIntact(), "the chain verifies");
        assertNotEquals(added.getDefinition().getId(), second.getDefinition().getId());
        assertFalse(second.getDefinition().isShared());
    }
}

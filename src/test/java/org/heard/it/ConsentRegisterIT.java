package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heard.application.supervision.ConsentDetail;
import org.heard.application.supervision.ConsentRegisterFilter;
import org.heard.application.supervision.ConsentRegisterQuery;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.application.supervision.RegisterOutcome;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consent register: every query and export limited to the supervisor's organisation, hostile filter input taken literally, the one-page consent receipt. */
class ConsentRegisterIT extends SupervisionTestBase {

    @Test
    @DisplayName("Every supervisor query and export is limited to the supervisor's organisation")
    void organisationIsolation() throws Exception {
        Interview westInterview =
                submitted(westInterviewer, ParticipationChoice.NAMED, "West Parent", "West Worker", "West words");
        Interview eastInterview =
                submitted(eastInterviewer, ParticipationChoice.NAMED, "East Parent", "East Worker", "East words");
        TestCallerContext.actAs(eastInterviewer);
        concerns.raiseConcern(eastInterview.getId(), "East concern");
        TestCallerContext.actAs(eastSupervisor);
        long eastConcern = safeguarding.openConcerns().stream()
                .filter(c -> c.getReference().equals(eastInterview.getReference()))
                .findFirst()
                .orElseThrow()
                .id();
        TestCallerContext.actAs(westSupervisor);
        long id = westInterview.getId();
        assertThrows(NotFoundException.class, () -> register.detail(eastInterview.getId()));
        assertThrows(NotFoundException.class, () -> register.receipt(eastInterview.getId()));
        assertThrows(NotFoundException.class, () -> history.timeline(eastInterview.getId()));
        assertThrows(
                NotFoundException.class,
                () -> withdrawals.withdraw(
                        eastInterview.getId(),
                        WithdrawalRequester.RESPONDENT,
                        WithdrawalMethod.EMAIL,
                        register.today()));
        assertThrows(NotFoundException.class, () -> feedback.markDiscussed(eastInterview.getId(), register.today()));
        assertThrows(NotFoundException.class, () -> safeguarding.acknowledge(eastConcern, "Not mine"));
        assertThrows(
                NotFoundException.class,
                () -> corrections.correctAnswer(eastInterview.getId(), 1, "Changed", "Not mine"));
        assertTrue(register.findByReference(eastInterview.getReference()).isEmpty());
        assertEquals(id, register.findByReference(westInterview.getReference()).orElseThrow());
        assertEquals(
                0,
                register.count(new ConsentRegisterFilter(
                        null, null, null, null, null, null, null, eastInterview.getReference())));
        List<ConsentRegisterRow> exported = new ArrayList<>();
        register.export(ConsentRegisterFilter.none(), exported::add);
        assertFalse(exported.isEmpty());
        assertTrue(exported.stream().noneMatch(r -> r.getReference().startsWith(east.code())));
        assertTrue(
                register.page(ConsentRegisterFilter.none(), ConsentRegisterQuery.Sort.STARTED, false, 0, 100).stream()
                        .noneMatch(r -> r.getReference().startsWith(east.code())));
        assertFalse(feedback.socialWorkers().contains("East Worker"));
        assertTrue(feedback.feedback(null, true).stream()
                .noneMatch(i -> i.getReference().startsWith(east.code())));
        assertTrue(safeguarding.openConcerns().stream().noneMatch(c -> c.id() == eastConcern));
        assertTrue(auditTrail.eventsOfInterview(eastInterview.getId()).isEmpty());
    }

    @Test
    @DisplayName("Register filters treat injection, wildcards and very long text literally; absurd ranges still stream")
    void registerBadInput() {
        Interview interview = submitted(westInterviewer, ParticipationChoice.ANONYMOUS, null, null, "Filter words");
        TestCallerContext.actAs(westSupervisor);
        long all = register.count(ConsentRegisterFilter.none());
        assertTrue(all > 0);
        for (String hostile : List.of(
                "' OR '1'='1", "%", "_", "%%", "!", "\\", "x".repeat(100_000), "' ; DROP TABLE interview; --")) {
            ConsentRegisterFilter filter = new ConsentRegisterFilter(null, null, null, null, null, null, null, hostile);
            assertEquals(0, register.count(filter), hostile.length() > 40 ? "long text" : hostile);
            assertEquals(
                    List.of(),
                    register.page(filter, ConsentRegisterQuery.Sort.STARTED, false, 0, 25),
                    "no rows for " + (hostile.length() > 40 ? "long text" : hostile));
        }
        String part =
                interview.getReference().substring(interview.getReference().indexOf('-') + 1);
        assertEquals(
                1,
                register.count(new ConsentRegisterFilter(
                        null, null, null, null, null, null, null, part.toLowerCase(Locale.ROOT))));
        assertEquals(
                "register.error.dates-reversed",
                assertThrows(
                                InterviewRuleException.class,
                                () -> register.count(new ConsentRegisterFilter(
                                        LocalDate.of(2026, 2, 1),
                                        LocalDate.of(2026, 1, 1),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)))
                        .getMessageKey());
        ConsentRegisterFilter absurd = new ConsentRegisterFilter(
                LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), null, null, null, null, null, null);
        List<String> streamed = new ArrayList<>();
        long written = register.export(absurd, row -> streamed.add(row.getReference()));
        assertEquals(all, written);
        assertEquals(all, streamed.size());
        assertEquals(all, register.count(absurd));
        ConsentRegisterFilter today = new ConsentRegisterFilter(
                register.today(),
                register.today(),
                westInterviewer.getStaffId(),
                westTeam,
                ParticipationChoice.ANONYMOUS,
                RegisterOutcome.AGREED,
                interview.getStatementId(),
                null);
        assertTrue(register.count(today) >= 1);
        List<ConsentRegisterRow> page = register.page(today, ConsentRegisterQuery.Sort.INTERVIEWER, true, 0, 10);
        assertTrue(page.stream()
                .allMatch(r -> r.getInterviewerId() == westInterviewer.getStaffId()
                        && r.getChoice() == ParticipationChoice.ANONYMOUS
                        && r.getOutcome() == RegisterOutcome.AGREED
                        && r.getStatementVersion() != null));
        assertEquals(
                "correction.error.reason-required",
                assertThrows(
                                InterviewRuleException.class,
                                () -> corrections.correctAnswer(interview.getId(), 1, "New words", null))
                        .getMessageKey());
    }

    @Test
    @DisplayName("The consent receipt is a one-page PDF that prints the audit chain's head when it was made")
    void receiptIsOnePage() throws Exception {
        Interview interview =
                submitted(westInterviewer, ParticipationChoice.NAMED, "Receipt Parent", "Receipt Worker", "Words");
        TestCallerContext.actAs(westSupervisor);
        ConsentDetail detail = register.receipt(interview.getId());
        org.heard.domain.model.audit.AuditChain head = register.auditHead();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        org.heard.interfaces.web.supervisor.ConsentReceiptPdf.write(
                detail, head, new org.heard.interfaces.web.DatesBacking(), pdf);
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray())) {
            assertEquals(1, reader.getNumberOfPages());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains(interview.getReference()), text);
            assertFalse(text.contains("Receipt Parent"), "no family name on the receipt");
            assertTrue(
                    text.replaceAll("\\s+", "").contains("Event" + head.getLastSeq() + ",seal" + head.getLastMac()),
                    "the chain's head when the receipt was made: " + text);
        }
    }
}

package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.heard.application.quality.AgreementService;
import org.heard.application.quality.CodingService;
import org.heard.application.quality.ThemingQuery;
import org.heard.domain.model.quality.CohenKappa;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Agreement between two analysts: Cohen's kappa from tags and codings stored in the
 * database equals the textbook example's.
 */
class AgreementIT extends ThemingTestBase {

    private static List<Long> kappaAnswers;

    @Test
    @DisplayName("Kappa from tags and codings stored in the database equals the textbook example's 0.4")
    void kappaFromStoredTags() {
        Theme k = theme("Kappa");
        Theme unused = theme("Never used");
        List<Long> ids = kappaAnswers();
        // 50 answers: both tag 0-19, only Ada 20-24, only Bea 25-34, neither 35-49.
        for (int i = 0; i < 25; i++) {
            coding.tag(ids.get(i), List.of(k.getId()), null, null);
        }
        TestCallerContext.actAs(bea);
        for (int i = 0; i < 35; i++) {
            if (i < 20 || i >= 25) {
                coding.tag(ids.get(i), List.of(k.getId()), i % 2 == 0 ? null : 0, i % 2 == 0 ? null : 4);
            }
        }
        ids.forEach(coding::markCoded);
        TestCallerContext.actAs(ada);
        ids.forEach(coding::markCoded);

        List<AgreementService.Agreement> agreement = agreements.agreement(ada.getStaffId(), bea.getStaffId());
        AgreementService.Agreement onK = agreement.stream()
                .filter(a -> a.theme().equals(k.getName()))
                .findFirst()
                .orElseThrow();
        assertFalse(onK.suppressed());
        assertEquals(25, onK.interviews());
        assertEquals(new CohenKappa(20, 5, 10, 15), onK.counts());
        assertEquals(0.7, onK.counts().observedAgreement(), 1e-12);
        assertEquals(0.4, onK.counts().kappa().orElseThrow(), 1e-12);
        AgreementService.Agreement onUnused = agreement.stream()
                .filter(a -> a.theme().equals(unused.getName()))
                .findFirst()
                .orElseThrow();
        assertEquals(new CohenKappa(0, 0, 0, 50), onUnused.counts());
        assertTrue(onUnused.counts().kappa().isEmpty(), "undefined: both always chose 'no'");

        assertTrue(
                agreements.agreement(ada.getStaffId(), cal.getStaffId()).stream()
                        .allMatch(AgreementService.Agreement::suppressed),
                "fewer than 5 interviews coded by both");
        assertEquals(
                "qa.agreement.error.same", refusal(() -> agreements.agreement(ada.getStaffId(), ada.getStaffId())));
        assertEquals(
                "qa.agreement.error.analyst",
                refusal(() -> agreements.agreement(ada.getStaffId(), eastAnalyst.getStaffId())));

        // Paging and filters, over these answers.
        CodingService.Page notCoded = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, 0L), 0);
        List<Long> listed = new ArrayList<>();
        for (int page = 0; page < notCoded.pages(); page++) {
            coding.answers(new ThemingQuery.AnswerFilter(null, null, null, 0L), page).answers().stream()
                    .map(CodingService.CodingAnswer::answerId)
                    .forEach(listed::add);
        }
        assertTrue(listed.stream().noneMatch(ids::contains), "coded by me: not listed");
        CodingService.Page all = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, null), 0);
        assertTrue(all.total() >= 50);
        assertEquals(CodingService.PAGE_SIZE, all.answers().size());
        assertEquals((all.total() + 9) / 10, all.pages());
        CodingService.Page third = coding.answers(
                new ThemingQuery.AnswerFilter(3, Quarter.of(java.time.Instant.now()), westTeam, null), 0);
        assertTrue(third.total() >= 25);
        assertTrue(third.answers().stream().allMatch(a -> a.questionNumber() == 3));
        assertEquals(
                0,
                coding.answers(
                                new ThemingQuery.AnswerFilter(
                                        null,
                                        Quarter.of(java.time.Instant.now()).previous(),
                                        null,
                                        null),
                                0)
                        .total(),
                "nothing was submitted last quarter");
    }

    private static synchronized List<Long> kappaAnswers() {
        if (kappaAnswers == null) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ids.addAll(answers(interview("Kim Parent", "Lou Worker", "Kappa answer " + i)
                        .id()));
            }
            kappaAnswers = ids;
        }
        return kappaAnswers;
    }
}

package org.heard.application.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.shared.NotFoundException;

/**
 * The reads behind coding answers with themes and the figures built from the tags, all
 * in SQL and all within the caller's organisation. Rows that carry the names recorded
 * with an interview are for redaction only and never leave the application layer.
 */
public interface ThemingQuery {

    /** Which answers the coding page lists; a null field does not filter. */
    record AnswerFilter(Integer questionNumber, Quarter quarter, Long teamId, Long notCodedBy) {}

    /**
     * An answer open for coding, with the two names recorded with its interview (for
     * redaction only).
     */
    record AnswerRow(
            long answerId,
            long interviewId,
            int questionNumber,
            String questionTitle,
            String text,
            InterviewerKind interviewerKind,
            Long teamId,
            Instant submittedAt,
            String respondentName,
            String socialWorkerName) {}

    /** An answer someone wants to tag, whatever the state of its interview. */
    record Target(
            long answerId,
            long interviewId,
            InterviewStatus status,
            Instant retainedAt,
            String text,
            boolean declined,
            String respondentName,
            String socialWorkerName) {}

    /** For one theme, how two analysts' tags compare over the answers both marked coded. */
    record AgreementCounts(long themeId, long both, long firstOnly, long secondOnly, long neither, long interviews) {}

    /**
     * The number of interviews with a theme in one quarter (any coder, each interview
     * once) and the sum of their record keys (each interview's key once).
     */
    record QuarterCount(long themeId, int quarterKey, long interviews, long keySum) {}

    /**
     * How many of the interviews tagged with a theme gave one Q2 statement one rating
     * value, and the sum of their record keys (each interview's key once).
     */
    record RatingCount(long themeId, int position, int value, long interviews, long keySum) {}

    /**
     * Answers of submitted interviews that are neither withdrawn nor anonymised nor
     * erased, with words in them, by id; at most {@code limit} from {@code offset}.
     */
    List<AnswerRow> answers(AnswerFilter filter, int offset, int limit);

    /** How many answers {@link #answers} would list in all. */
    long countAnswers(AnswerFilter filter);

    /** The answer, if it belongs to an interview of the caller's organisation. */
    Optional<Target> target(long answerId);

    /** The answer; {@link NotFoundException} when it belongs to no interview of the caller's organisation. */
    default Target getTarget(long answerId) {
        return target(answerId).orElseThrow(NotFoundException::new);
    }

    /**
     * Per theme of the codebook, the two analysts' agreement counts and the number of
     * interviews the answers come from, computed by the database; no row for any theme
     * when the two have no answer both marked coded.
     */
    List<AgreementCounts> agreement(long firstCoderId, long secondCoderId);

    /** The time of the earliest submitted interview that has a tag, if any. */
    Optional<Instant> earliestTagged();

    /** Interviews with each theme, by quarter, for these quarters (consecutive, oldest first). */
    List<QuarterCount> byQuarter(List<Quarter> quarters);

    /** For each theme, statement of question 2 and rating value, the tagged interviews that gave it. */
    List<RatingCount> againstRatings();
}

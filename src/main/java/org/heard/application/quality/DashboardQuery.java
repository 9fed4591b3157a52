package org.heard.application.quality;

import java.util.Collection;
import java.util.List;

/**
 * The reads behind the quality-assurance dashboard and the de-identified export, all
 * within the caller's organisation and aggregated by the database (GROUP BY). They
 * read submitted interviews only, never withdrawn or erased ones.
 */
public interface DashboardQuery {

    /** The number of interviews by month, mode, interviewer kind and team. */
    List<InterviewCount> interviewCounts(DashboardFilter filter);

    /** The number of ratings of each value, by team, quarter and Q2 statement. */
    List<RatingCount> ratingCounts(DashboardFilter filter);

    /** Definitions opened during interviews by term and quarter, with how many interviews. */
    List<DefinitionCount> definitionCounts(DashboardFilter filter);

    /** The export's combinations of quarter, team, mode and interviewer kind, with how many interviews. */
    List<CombinationCount> combinations(DashboardFilter filter);

    /**
     * One batch of exported interviews in the export's own order: by
     * {@code (id × multiplier + offset) mod ORDER_MODULUS}, a permutation of the ids
     * random for each export, after {@code afterKey} (null for the first batch).
     */
    List<ExportedInterview> exportBatch(DashboardFilter filter, long multiplier, long offset, Long afterKey, int size);

    /** The Q2 ratings of these interviews. */
    List<ExportedValue> ratingsOf(Collection<Long> interviewIds);

    /** The words of the answers to these interviews' questions, by question number. */
    List<ExportedValue> answersOf(Collection<Long> interviewIds);

    /** The distinct themes tagged on these interviews by any coder. */
    List<ExportedValue> themesOf(Collection<Long> interviewIds);

    /** A prime larger than any interview id: the modulus of the export's order. */
    long ORDER_MODULUS = 1_000_000_007L;

    /**
     * Interviews counted in one month, mode, interviewer kind and team (null: none
     * recorded), with the sum of their record keys.
     */
    record InterviewCount(int year, int month, String mode, String kind, Long teamId, long interviews, long keySum) {}

    /**
     * Ratings of {@code value} given to statement {@code position} of question
     * {@code question}, with the sum of the record keys of the interviews that gave them.
     */
    record RatingCount(
            Long teamId, int year, int quarter, int question, int position, int value, long ratings, long keySum) {}

    /**
     * Openings of a term's definitions in one quarter, how many interviews they happened
     * in, and the sum of those interviews' record keys.
     */
    record DefinitionCount(String term, int year, int quarter, long openings, long interviews, long keySum) {}

    /** How many exported interviews share one combination. */
    record CombinationCount(int year, int quarter, Long teamId, String mode, String kind, long interviews) {}

    /** One interview of the export, with its recorded names for redaction (never exported). */
    record ExportedInterview(
            long id,
            long orderKey,
            int year,
            int quarter,
            Long teamId,
            String mode,
            String kind,
            String respondentName,
            String socialWorkerName,
            boolean anonymised) {}

    /** One value of one interview: a rating by position, an answer by question number, or a theme. */
    record ExportedValue(long interviewId, int number, String text) {}
}

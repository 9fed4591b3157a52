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

    /**
     * The number of ratings of each value, by team, quarter and rating statement (by the
     * code of its script, its question's number and its position), for every script
     * version the interviews followed.
     */
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

    /**
     * The questions of every script version that an interview counted by the filter
     * followed: each free-text question once, each rating statement of a question of
     * ratings once, with its script's code, title and version.
     */
    List<ExportedQuestion> questionsOf(DashboardFilter filter);

    /** The ratings of these interviews, by script, question and statement position. */
    List<ExportedAnswer> ratingsOf(Collection<Long> interviewIds);

    /** The words of the answers to these interviews' free-text questions, by script and question. */
    List<ExportedAnswer> answersOf(Collection<Long> interviewIds);

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
            String scriptCode,
            Long teamId,
            int year,
            int quarter,
            int question,
            int position,
            int value,
            long ratings,
            long keySum) {}

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

    /** One value of one interview: a theme. */
    record ExportedValue(long interviewId, int number, String text) {}

    /**
     * One question of one script version (position 0), or one rating statement of a
     * question of ratings (its position from 1), with the question's title.
     */
    record ExportedQuestion(
            String scriptCode, String scriptTitle, int version, int question, int position, String title) {}

    /** One interview's answer: a rating (position from 1) or words (position 0) to a question of a script. */
    record ExportedAnswer(long interviewId, String scriptCode, int question, int position, String text) {}
}

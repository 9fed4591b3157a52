package org.heard.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Interviews for the quality-assurance tests, stored behind Heard's back as if they
 * had been run: with a chosen team, mode, interviewer kind, submission time and status,
 * every Q2 statement rated, and answers to questions 1 and 3. Every reference it
 * makes is kept, so that tests can look for them where they must not be.
 */
public final class QaSeed {

    /** The references of every interview stored, in order. */
    public static final List<String> REFERENCES = java.util.Collections.synchronizedList(new ArrayList<>());

    private QaSeed() {}

    /** An interview stored behind Heard's back, with every Q2 statement rated {@code rating} and two answers. */
    public static long interview(
            TestData.Org organisation,
            TestData.Staff interviewer,
            long teamId,
            String mode,
            String kind,
            LocalDateTime submitted,
            String status,
            String respondent,
            String worker,
            String words,
            int rating) {
        try (Connection db = TestData.admin()) {
            long scriptId = scalar(
                    db,
                    "SELECT id FROM script WHERE code = 'parents-carers' AND organisation_id IS NULL"
                            + " AND status = 'PUBLISHED' ORDER BY version DESC");
            long statementId = scalar(
                    db,
                    "SELECT id FROM confidentiality_statement WHERE organisation_id IS NULL AND status = 'PUBLISHED'"
                            + " ORDER BY version DESC");
            String reference = organisation.code() + "-2025-" + TestData.randomLetters(6);
            REFERENCES.add(reference);
            Timestamp when = Timestamp.valueOf(submitted);
            long id = insert(
                    db,
                    "INSERT INTO interview (organisation_id, reference, script_id, interviewer_id, interviewer_kind,"
                            + " mode, respondent, team_id, status, choice, respondent_name, social_worker_name,"
                            + " current_step, started_at, submitted_at, ended_at, version, statement_id,"
                            + " consent_outcome, consent_recorded_at, record_key) VALUES (?, ?, ?, ?, ?, ?, 'PARENT', ?, ?,"
                            + " ?, ?, ?, 'DONE', ?, ?, ?, 1, ?, 'AGREED', ?, ?)",
                    organisation.id(),
                    reference,
                    scriptId,
                    interviewer.id(),
                    kind,
                    mode,
                    teamId,
                    status,
                    respondent == null ? "ANONYMOUS" : "NAMED",
                    respondent,
                    worker,
                    when,
                    when,
                    when,
                    statementId,
                    when,
                    org.heard.domain.model.interview.RecordKey.next());
            try (PreparedStatement ratings = db.prepareStatement(
                    "INSERT INTO answer_rating (interview_id, statement_id, value) SELECT ?, s.id, ?"
                            + " FROM script_rating_statement s JOIN script_question q ON q.id = s.question_id"
                            + " WHERE q.script_id = ? AND q.kind = 'RATINGS'")) {
                ratings.setLong(1, id);
                ratings.setInt(2, rating);
                ratings.setLong(3, scriptId);
                ratings.executeUpdate();
            }
            for (int number : new int[] {1, 3}) {
                try (PreparedStatement answer = db.prepareStatement(
                        "INSERT INTO answer (interview_id, question_id, text, declined, updated_at, updated_by, version)"
                                + " SELECT ?, q.id, ?, FALSE, ?, ?, 1 FROM script_question q"
                                + " WHERE q.script_id = ? AND q.number = ?")) {
                    answer.setLong(1, id);
                    answer.setString(2, words + " (question " + number + ")");
                    answer.setTimestamp(3, when);
                    answer.setLong(4, interviewer.id());
                    answer.setLong(5, scriptId);
                    answer.setInt(6, number);
                    answer.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The figure the dashboard shows for these interviews: their number, perturbed by the
     * sum of their record keys as stored.
     */
    public static long figure(java.util.Collection<Long> interviewIds) {
        return org.heard.domain.model.quality.CellKeyPerturbation.perturbed(interviewIds.size(), keySum(interviewIds));
    }

    /**
     * A new version of the parents' and carers' script for the organisation, as an
     * administrator would publish it: the shared script's questions, rating statements and
     * scale, and a question 8 of the family's own words titled {@code title}.
     *
     * @return the new script's id
     */
    public static long scriptWithQuestion8(TestData.Org organisation, String title) {
        try (Connection db = TestData.admin()) {
            long shared = scalar(
                    db,
                    "SELECT id FROM script WHERE code = 'parents-carers' AND organisation_id IS NULL"
                            + " AND status = 'PUBLISHED' ORDER BY version DESC");
            long version = scalar(db, "SELECT MAX(version) + 1 FROM script WHERE code = 'parents-carers'");
            long script = insert(
                    db,
                    "INSERT INTO script (code, version, title, introduction, status, created_at, published_at,"
                            + " organisation_id) SELECT code, ?, title, introduction, 'PUBLISHED', created_at,"
                            + " published_at, ? FROM script WHERE id = ?",
                    version,
                    organisation.id(),
                    shared);
            try (PreparedStatement copy = db.prepareStatement(
                    "INSERT INTO script_scale_label (script_id, value, label) SELECT ?, value, label"
                            + " FROM script_scale_label WHERE script_id = ?")) {
                copy.setLong(1, script);
                copy.setLong(2, shared);
                copy.executeUpdate();
            }
            try (PreparedStatement copy = db.prepareStatement(
                    "INSERT INTO script_question (script_id, number, kind, title, read_aloud, prompts, guidance)"
                            + " SELECT ?, number, kind, title, read_aloud, prompts, guidance FROM script_question"
                            + " WHERE script_id = ?")) {
                copy.setLong(1, script);
                copy.setLong(2, shared);
                copy.executeUpdate();
            }
            try (PreparedStatement copy =
                    db.prepareStatement("INSERT INTO script_rating_statement (question_id, position, text)"
                            + " SELECT n.id, s.position, s.text FROM script_rating_statement s"
                            + " JOIN script_question o ON o.id = s.question_id"
                            + " JOIN script_question n ON n.script_id = ? AND n.number = o.number"
                            + " WHERE o.script_id = ?")) {
                copy.setLong(1, script);
                copy.setLong(2, shared);
                copy.executeUpdate();
            }
            insert(
                    db,
                    "INSERT INTO script_question (script_id, number, kind, title, read_aloud)"
                            + " VALUES (?, 8, 'FREE_TEXT', ?, 'What would help next time?')",
                    script,
                    title);
            return script;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a seeded interview to another script version (before its answers are added). */
    public static void followsScript(long interviewId, long scriptId) {
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement("UPDATE interview SET script_id = ? WHERE id = ?")) {
            update.setLong(1, scriptId);
            update.setLong(2, interviewId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The family's words to question {@code number} of the interview's script. */
    public static void answer(long interviewId, long scriptId, int number, String words) {
        try (Connection db = TestData.admin();
                PreparedStatement answer = db.prepareStatement(
                        "INSERT INTO answer (interview_id, question_id, text, declined, updated_at, updated_by, version)"
                                + " SELECT i.id, q.id, ?, FALSE, i.submitted_at, i.interviewer_id, 1"
                                + " FROM interview i JOIN script_question q ON q.script_id = ? AND q.number = ?"
                                + " WHERE i.id = ?")) {
            answer.setString(1, words);
            answer.setLong(2, scriptId);
            answer.setInt(3, number);
            answer.setLong(4, interviewId);
            answer.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sum of these interviews' record keys, as stored. */
    public static long keySum(java.util.Collection<Long> interviewIds) {
        long sum = 0;
        try (Connection db = TestData.admin()) {
            for (long id : interviewIds) {
                sum += scalar(db, "SELECT record_key FROM interview WHERE id = " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sum;
    }

    /** Gives the interview this record key, for figures a test must know in advance. */
    public static void recordKey(long interviewId, int key) {
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement("UPDATE interview SET record_key = ? WHERE id = ?")) {
            update.setInt(1, key);
            update.setLong(2, interviewId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that the definition was opened {@code times} times during the interview. */
    public static void opened(long interviewId, long definitionId, int times) throws SQLException {
        try (Connection db = TestData.admin()) {
            for (int i = 0; i < times; i++) {
                insert(
                        db,
                        "INSERT INTO definition_opened (interview_id, definition_id, opened_at) VALUES (?, ?, ?)",
                        interviewId,
                        definitionId,
                        Timestamp.valueOf(LocalDateTime.of(2025, 1, 10, 10, 5)));
            }
        }
    }

    /** The id of the first shared glossary definition and its term. */
    public static String[] firstSharedDefinition() {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(
                        "SELECT d.id, t.term FROM glossary_definition d"
                                + " JOIN glossary_term t ON t.id = d.term_id WHERE t.organisation_id IS NULL ORDER BY t.id, d.id");
                ResultSet row = query.executeQuery()) {
            row.next();
            return new String[] {row.getString(1), row.getString(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long scalar(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}

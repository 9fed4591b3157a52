package org.heard.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proves, after a run, that everything the server acknowledged is in the database:
 * each answer's last acknowledged text (the last autosave, or the text of the step's
 * submission), each acknowledged rating, and the status of every interview whose
 * submission succeeded. Anything else is counted as lost.
 */
public final class ArrivalCheck {

    /** What was expected and what arrived; {@link #lost()} lists what did not. */
    public record Outcome(
            int answersExpected,
            int answersArrived,
            int ratingsExpected,
            int ratingsArrived,
            int submittedExpected,
            int submittedArrived,
            List<String> lost) {

        public boolean nothingLost() {
            return lost.isEmpty();
        }

        public String summary() {
            return "answers " + answersArrived + "/" + answersExpected + ", ratings " + ratingsArrived + "/"
                    + ratingsExpected + ", submitted interviews " + submittedArrived + "/" + submittedExpected
                    + ", lost " + lost.size();
        }
    }

    private ArrivalCheck() {}

    public static Outcome check(Connection db, LoadDriver.Result run) throws SQLException {
        List<String> lost = new ArrayList<>();
        int answersExpected = 0;
        int answersArrived = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT q.number, a.text FROM answer a"
                + " JOIN script_question q ON q.id = a.question_id WHERE a.interview_id = ?")) {
            for (Map.Entry<Long, Map<Integer, String>> interview : run.answers().entrySet()) {
                Map<Integer, String> stored = new HashMap<>();
                query.setLong(1, interview.getKey());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getInt(1), rows.getString(2));
                    }
                }
                for (Map.Entry<Integer, String> answer : interview.getValue().entrySet()) {
                    answersExpected++;
                    if (Objects.equals(stored.get(answer.getKey()), answer.getValue())) {
                        answersArrived++;
                    } else {
                        lost.add("interview #" + interview.getKey() + " question " + answer.getKey());
                    }
                }
            }
        }
        int ratingsExpected = 0;
        int ratingsArrived = 0;
        try (PreparedStatement query =
                db.prepareStatement("SELECT statement_id, value FROM answer_rating WHERE interview_id = ?")) {
            for (Map.Entry<Long, Map<Long, Integer>> interview : run.ratings().entrySet()) {
                Map<Long, Integer> stored = new HashMap<>();
                query.setLong(1, interview.getKey());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int value = rows.getInt(2);
                        stored.put(rows.getLong(1), rows.wasNull() ? null : value);
                    }
                }
                for (Map.Entry<Long, Integer> rating : interview.getValue().entrySet()) {
                    ratingsExpected++;
                    if (Objects.equals(stored.get(rating.getKey()), rating.getValue())) {
                        ratingsArrived++;
                    } else {
                        lost.add("interview #" + interview.getKey() + " rating statement #" + rating.getKey());
                    }
                }
            }
        }
        int submittedArrived = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT status, submitted_at FROM interview WHERE id = ?")) {
            for (long id : run.submitted()) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && "SUBMITTED".equals(row.getString(1)) && row.getObject(2) != null) {
                        submittedArrived++;
                    } else {
                        lost.add("interview #" + id + " not submitted");
                    }
                }
            }
        }
        return new Outcome(
                answersExpected,
                answersArrived,
                ratingsExpected,
                ratingsArrived,
                run.submitted().size(),
                submittedArrived,
                lost);
    }
}

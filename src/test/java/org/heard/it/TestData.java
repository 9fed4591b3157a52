package org.heard.it;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Seeds the test database for one test class: every call creates fresh rows
 * with unique codes and names, so test classes never share mutable fixtures.
 * Passwords are hashed in the format Heard's PBKDF2 identity store verifies.
 */
public final class TestData {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestData() {}

    /**
     * The numbers of the references of stored interviews: counted, not drawn at random, so
     * that two interviews of one organisation never get the same reference (the
     * organisation's random code keeps organisations apart).
     */
    private static final java.util.concurrent.atomic.AtomicInteger REFERENCE_NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger(1000);

    /** A new organisation with a random code; returns it. */
    public static Org organisation(String name) {
        String code = randomLetters(6);
        long id = insert("INSERT INTO organisation (code, name, created_at) VALUES (?, ?, ?)", code, name, now());
        return new Org(id, code, name);
    }

    public static long team(Org organisation, String name) {
        return insert(
                "INSERT INTO team (organisation_id, name, active, created_at) VALUES (?, ?, TRUE, ?)",
                organisation.id(),
                name,
                now());
    }

    /** A new enabled account with a random user name and password, holding the given roles. */
    public static Staff staff(Org organisation, String displayName, String interviewerKind, String... roles) {
        String username = "it-" + randomLetters(10).toLowerCase(Locale.ROOT);
        String password = "Pw-" + randomLetters(16);
        long id = insert(
                "INSERT INTO staff_account (organisation_id, username, display_name, password_hash, interviewer_kind,"
                        + " enabled, created_at, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, 1)",
                organisation.id(),
                username,
                displayName,
                hash(password),
                interviewerKind,
                now());
        for (String role : roles) {
            insert("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", id, role);
        }
        return new Staff(id, username, password, displayName, organisation);
    }

    /**
     * A connection to the test database with Heard's own (least-privilege) account:
     * from the test JVM, or, inside a test deployment, from the settings Payara got.
     */
    public static Connection connection() throws SQLException {
        if (System.getProperty("heard.test.db.url") == null) {
            try {
                return ((javax.sql.DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/heard"))
                        .getConnection();
            } catch (javax.naming.NamingException e) {
                throw new SQLException("Neither the test database settings nor Heard's datasource are available", e);
            }
        }
        return DriverManager.getConnection(
                System.getProperty("heard.test.db.url"),
                System.getProperty("heard.test.db.user"),
                System.getProperty("heard.test.db.password"));
    }

    /**
     * A submitted interview of {@code organisation} run by {@code interviewer}, to be stored
     * directly (as if the interviewer had run it): anonymous, without a team, with answers to
     * the first and third questions, unless the builder says otherwise.
     * {@code TestData.interview(org, ivy).team(team).named("Rae Parent", "Sam Worker").words("It was hard").submit()}.
     */
    public static InterviewBuilder interview(Org organisation, Staff interviewer) {
        return new InterviewBuilder(organisation, interviewer);
    }

    /** Builds one submitted interview; {@link #submit()} stores it. */
    public static final class InterviewBuilder {
        private final Org organisation;
        private final Staff interviewer;
        private Long teamId;
        private String choice = "ANONYMOUS";
        private String respondent;
        private String worker;
        private String words = "Words of the family";

        private InterviewBuilder(Org organisation, Staff interviewer) {
            this.organisation = organisation;
            this.interviewer = interviewer;
        }

        /** The team of the family's social worker. */
        public InterviewBuilder team(Long teamId) {
            this.teamId = teamId;
            return this;
        }

        /** The family chose to give their name and the social worker's ({@code worker} may be null). */
        public InterviewBuilder named(String respondent, String worker) {
            return choice("NAMED", respondent, worker);
        }

        /** The family chose to name only the social worker. */
        public InterviewBuilder socialWorkerOnly(String worker) {
            return choice("SOCIAL_WORKER_ONLY", null, worker);
        }

        /** The family chose to stay anonymous (the default). */
        public InterviewBuilder anonymous() {
            return choice("ANONYMOUS", null, null);
        }

        /** The family's participation choice, as stored, with the names it keeps. */
        public InterviewBuilder choice(String choice, String respondent, String worker) {
            this.choice = choice;
            this.respondent = respondent;
            this.worker = worker;
            return this;
        }

        /** The words of the answers: "{@code words} (question 1)" and "… (question 3)". */
        public InterviewBuilder words(String words) {
            this.words = words;
            return this;
        }

        /** Stores the interview: the default statement agreed to, the choice and names, the two answers. */
        public Interview submit() {
            return submittedInterview(organisation, interviewer, teamId, choice, respondent, worker, words);
        }
    }

    private static Interview submittedInterview(
            Org organisation,
            Staff interviewer,
            Long teamId,
            String choice,
            String respondent,
            String worker,
            String words) {
        try (Connection db = connection()) {
            long statementId;
            String sha;
            try (PreparedStatement query = db.prepareStatement("SELECT id, sha256 FROM confidentiality_statement"
                            + " WHERE organisation_id IS NULL AND status = 'PUBLISHED' ORDER BY version DESC");
                    ResultSet row = query.executeQuery()) {
                row.next();
                statementId = row.getLong(1);
                sha = row.getString(2);
            }
            long scriptId;
            try (PreparedStatement query = db.prepareStatement(
                            "SELECT id FROM script WHERE code = 'parents-carers' AND status = 'PUBLISHED'"
                                    + " ORDER BY version DESC");
                    ResultSet row = query.executeQuery()) {
                row.next();
                scriptId = row.getLong(1);
            }
            String reference = organisation.code() + "-2026-" + REFERENCE_NUMBERS.getAndIncrement();
            Timestamp started =
                    Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(40));
            Timestamp ended =
                    Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
            long id = insert(
                    "INSERT INTO interview (organisation_id, reference, script_id, interviewer_id, interviewer_kind,"
                            + " mode, respondent, team_id, status, choice, respondent_name, social_worker_name,"
                            + " current_step, started_at, submitted_at, ended_at, version, statement_id,"
                            + " consent_outcome, consent_recorded_at) VALUES (?, ?, ?, ?, 'EXPERT_BY_EXPERIENCE',"
                            + " 'TELEPHONE', 'PARENT', ?, 'SUBMITTED', ?, ?, ?, 'DONE', ?, ?, ?, 1, ?, 'AGREED', ?)",
                    organisation.id(),
                    reference,
                    scriptId,
                    interviewer.id(),
                    teamId,
                    choice,
                    respondent,
                    worker,
                    started,
                    ended,
                    ended,
                    statementId,
                    started);
            insert(
                    "INSERT INTO consent_record (interview_id, organisation_id, statement_id, statement_sha256, method,"
                            + " statement_read, choice, agreed, recorded_by, recorded_at) VALUES (?, ?, ?, ?,"
                            + " 'READ_ALOUD_BY_TELEPHONE', TRUE, ?, TRUE, ?, ?)",
                    id,
                    organisation.id(),
                    statementId,
                    sha,
                    choice,
                    interviewer.id(),
                    started);
            for (int number : new int[] {1, 3}) {
                insert(
                        "INSERT INTO answer (interview_id, question_id, text, declined, updated_at, updated_by, version)"
                                + " SELECT ?, q.id, ?, FALSE, ?, ?, 1 FROM script_question q"
                                + " WHERE q.script_id = ? AND q.number = ?",
                        id,
                        words + " (question " + number + ")",
                        ended,
                        interviewer.id(),
                        scriptId,
                        number);
            }
            return new Interview(id, reference, statementId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How in-container tests act as this member of staff ({@link TestCallerContext#actAs}). */
    public static org.heard.application.shared.Caller caller(
            Org organisation,
            Staff staff,
            java.util.Set<org.heard.domain.model.organisation.Role> roles,
            org.heard.domain.model.organisation.InterviewerKind kind) {
        return new org.heard.application.shared.Caller(
                staff.id(),
                organisation.id(),
                organisation.code(),
                organisation.name(),
                staff.displayName(),
                roles,
                kind);
    }

    /**
     * A new member of staff of {@code organisation} with the one role {@code role} (not an
     * interviewer, so no interviewer kind), as the caller in-container tests act as.
     */
    public static org.heard.application.shared.Caller staffCaller(
            Org organisation, String name, org.heard.domain.model.organisation.Role role) {
        return caller(organisation, staff(organisation, name, null, role.name()), java.util.EnumSet.of(role), null);
    }

    /**
     * A new interviewer of {@code organisation} of the given kind, with the one role
     * INTERVIEWER, as the caller in-container tests act as.
     */
    public static org.heard.application.shared.Caller interviewerCaller(
            Org organisation, String name, org.heard.domain.model.organisation.InterviewerKind kind) {
        org.heard.domain.model.organisation.Role role = org.heard.domain.model.organisation.Role.INTERVIEWER;
        return caller(
                organisation, staff(organisation, name, kind.name(), role.name()), java.util.EnumSet.of(role), kind);
    }

    /**
     * Two new organisations, each with a random code: the arrangement of the tests that
     * show one organisation never sees or changes the other's data.
     */
    public static TwoOrganisations twoOrganisations(String firstName, String secondName) {
        return new TwoOrganisations(organisation(firstName), organisation(secondName));
    }

    /** The organisations made by {@link #twoOrganisations}: the one a test acts in, and the other. */
    public record TwoOrganisations(Org first, Org second) {}

    /** An interview stored by {@link InterviewBuilder#submit}. */
    public record Interview(long id, String reference, long statementId) {}

    /**
     * A connection with the database administrator's account, for acting behind
     * Heard's back (tampering with the audit trail, scanning every table). Works in
     * the test JVM and, through the settings Payara got, inside a test deployment.
     */
    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("heard.test.admin.url"),
                System.getProperty("heard.test.admin.user"),
                System.getProperty("heard.test.admin.password", ""));
    }

    private static long insert(String sql, Object... values) {
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    /** PBKDF2WithHmacSHA512, 1,024 iterations (the least Jakarta Security accepts) (tests only), in Jakarta Security's stored format. */
    static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            int iterations = 1024;
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec)
                    .getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":"
                    + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomLetters(int n) {
        StringBuilder letters = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            letters.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    /** A test organisation. */
    public record Org(long id, String code, String name) {}

    /** A test account and its clear-text password. */
    public record Staff(long id, String username, String password, String displayName, Org organisation) {}
}

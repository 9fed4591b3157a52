package org.heard.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditSeal;

/**
 * Bulk-loads a benchmark data set into a MySQL/MariaDB database that Heard's Flyway
 * migrations have created (it runs them first): organisations with teams, interviewers,
 * a supervisor and an analyst each, all with one known password; then interviews spread
 * over the last years, each with its consent record (the published statement's id and
 * SHA-256), answers of varied length, ratings, support offered, analysts' theme tags and
 * the audit events an interview writes, sealed into each organisation's chain with
 * {@link AuditSeal} and the key Heard runs with, so that the chains verify.
 *
 * <p>Rows go in with JDBC batches ({@code rewriteBatchedStatements=true}), ids assigned
 * here, foreign-key and unique checks off for the loading session only, one commit per
 * {@link #COMMIT_EVERY} interviews.
 */
public final class DataGenerator {

    private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

    /** Interviews per transaction. */
    static final int COMMIT_EVERY = 2_000;

    private static final String[] CHOICES = {"NAMED", "SOCIAL_WORKER_ONLY", "ANONYMOUS"};
    private static final String[] RESPONDENTS = {"PARENT", "CARER", "KINSHIP_CARER", "OTHER_FAMILY_MEMBER"};

    private final Settings settings;
    private final AuditSeal seal;
    private final SplittableRandom random;

    /** What to generate and where. */
    public record Settings(
            String url,
            String user,
            String password,
            int organisations,
            int teamsPerOrganisation,
            int interviewersPerOrganisation,
            int interviews,
            String prefix,
            String staffPassword,
            int passwordIterations,
            byte[] auditKey,
            int years,
            long seed) {}

    /** What was generated: the accounts the load driver signs in with. */
    public record Result(
            List<Organisation> organisations, String staffPassword, int interviews, Duration took, long rows) {}

    /** One generated organisation and its accounts. */
    public record Organisation(
            long id, String code, List<String> interviewers, String supervisor, String analyst, List<Long> teams) {}

    public DataGenerator(Settings settings) {
        this.settings = settings;
        this.seal = new AuditSeal(settings.auditKey(), List.of());
        this.random = new SplittableRandom(settings.seed());
    }

    /** Migrates the database with Heard's own migrations (Flyway), as Heard does at deployment. */
    public static void migrate(String url, String user, String password) {
        Flyway.configure(DataGenerator.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/mysql")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    public Result generate() throws SQLException {
        Instant began = Instant.now();
        migrate(settings.url(), settings.user(), settings.password());
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("SET SESSION foreign_key_checks = 0");
                sql.execute("SET SESSION unique_checks = 0");
            }
            Reference reference = reference(db);
            Ids ids = new Ids(db);
            String hash = hash(settings.staffPassword(), settings.passwordIterations());
            List<Organisation> orgs = organisations(db, ids, hash);
            db.commit();
            long rows = interviews(db, ids, reference, orgs);
            db.commit();
            // A live database keeps its statistics up to date as rows arrive; a bulk load must ask,
            // or the optimiser plans the register's queries for empty tables.
            try (Statement sql = db.createStatement()) {
                sql.execute("ANALYZE TABLE organisation, team, staff_account, interview, consent_record, answer,"
                        + " answer_rating, interview_support, qa_theme_tag, audit_event, audit_value");
            }
            Duration took = Duration.between(began, Instant.now());
            LOG.info(() -> "Generated " + settings.interviews() + " interviews in " + took.toSeconds() + " s");
            return new Result(orgs, settings.staffPassword(), settings.interviews(), took, rows);
        }
    }

    private Connection connect() throws SQLException {
        String url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    /** The published script, statement and support options that generated interviews use. */
    private record Reference(
            long scriptId,
            long[] questionIds,
            int ratingsQuestion,
            long[] ratingStatementIds,
            long statementId,
            String statementSha,
            int statementVersion,
            long[] supportOptionIds) {}

    private static Reference reference(Connection db) throws SQLException {
        long scriptId = single(
                db,
                "SELECT id FROM script WHERE code = 'parents-carers' AND status = 'PUBLISHED'"
                        + " AND organisation_id IS NULL ORDER BY version DESC");
        long[] questions = new long[7];
        int ratings = 0;
        try (PreparedStatement q = db.prepareStatement(
                "SELECT number, id, kind FROM script_question WHERE script_id = ? ORDER BY number")) {
            q.setLong(1, scriptId);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    questions[rows.getInt(1) - 1] = rows.getLong(2);
                    if ("RATINGS".equals(rows.getString(3))) {
                        ratings = rows.getInt(1);
                    }
                }
            }
        }
        List<Long> statements = longs(
                db,
                "SELECT id FROM script_rating_statement WHERE question_id = " + questions[ratings - 1]
                        + " ORDER BY position");
        long statementId;
        String sha;
        int version;
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT id, sha256, version FROM confidentiality_statement"
                        + " WHERE organisation_id IS NULL AND status = 'PUBLISHED' ORDER BY version DESC")) {
            row.next();
            statementId = row.getLong(1);
            sha = row.getString(2);
            version = row.getInt(3);
        }
        List<Long> options =
                longs(db, "SELECT id FROM support_option WHERE organisation_id IS NULL AND active ORDER BY position");
        return new Reference(
                scriptId,
                questions,
                ratings,
                statements.stream().mapToLong(Long::longValue).toArray(),
                statementId,
                sha,
                version,
                options.stream().mapToLong(Long::longValue).toArray());
    }

    /** Ids are assigned here, after the highest of each table, so that children can point to parents. */
    private static final class Ids {
        private final Map<String, Long> next = new HashMap<>();

        Ids(Connection db) throws SQLException {
            for (String table : List.of(
                    "organisation",
                    "team",
                    "staff_account",
                    "interview",
                    "consent_record",
                    "answer",
                    "answer_rating",
                    "interview_support",
                    "audit_event",
                    "qa_theme",
                    "qa_theme_tag")) {
                next.put(table, single(db, "SELECT COALESCE(MAX(id), 0) FROM " + table) + 1);
            }
        }

        long take(String table) {
            long id = next.get(table);
            next.put(table, id + 1);
            return id;
        }
    }

    private List<Organisation> organisations(Connection db, Ids ids, String hash) throws SQLException {
        List<Organisation> orgs = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        try (PreparedStatement org = db.prepareStatement(
                        "INSERT INTO organisation (id, code, name, created_at) VALUES (?, ?, ?, ?)");
                PreparedStatement team = db.prepareStatement(
                        "INSERT INTO team (id, organisation_id, name, active, created_at) VALUES (?, ?, ?, TRUE, ?)");
                PreparedStatement staff = db.prepareStatement("INSERT INTO staff_account (id, organisation_id,"
                        + " username, display_name, password_hash, interviewer_kind, enabled, created_at, version,"
                        + " must_change_password) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 1, FALSE)");
                PreparedStatement role = db.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)");
                PreparedStatement theme = db.prepareStatement("INSERT INTO qa_theme (id, organisation_id, name,"
                        + " description, created_at, version) VALUES (?, ?, ?, ?, ?, 0)")) {
            for (int o = 1; o <= settings.organisations(); o++) {
                long id = ids.take("organisation");
                String code = String.format(Locale.ROOT, "%s%03d", settings.prefix(), o);
                org.setLong(1, id);
                org.setString(2, code);
                org.setString(3, "Benchmark authority " + code);
                org.setObject(4, now);
                org.addBatch();
                List<Long> teams = new ArrayList<>();
                for (int t = 1; t <= settings.teamsPerOrganisation(); t++) {
                    long teamId = ids.take("team");
                    teams.add(teamId);
                    team.setLong(1, teamId);
                    team.setLong(2, id);
                    team.setString(3, "Team " + t);
                    team.setObject(4, now);
                    team.addBatch();
                }
                String lower = code.toLowerCase(Locale.ROOT);
                List<String> interviewers = new ArrayList<>();
                List<Long> interviewerIds = new ArrayList<>();
                for (int i = 1; i <= settings.interviewersPerOrganisation(); i++) {
                    String username = "bench-" + lower + "-i" + i;
                    interviewers.add(username);
                    interviewerIds.add(addStaff(
                            staff,
                            role,
                            ids,
                            id,
                            username,
                            "Interviewer " + i,
                            hash,
                            i % 2 == 0 ? "PRACTITIONER" : "EXPERT_BY_EXPERIENCE",
                            now,
                            "INTERVIEWER"));
                }
                String supervisor = "bench-" + lower + "-s1";
                long supervisorId =
                        addStaff(staff, role, ids, id, supervisor, "Supervisor 1", hash, null, now, "SUPERVISOR");
                String analyst = "bench-" + lower + "-qa1";
                long analystId = addStaff(staff, role, ids, id, analyst, "Analyst 1", hash, null, now, "QA_ANALYST");
                String[] themes = {"Respected", "Empowered", "Trust", "Listened to", "Safe"};
                List<Long> themeIds = new ArrayList<>();
                for (String name : themes) {
                    long themeId = ids.take("qa_theme");
                    themeIds.add(themeId);
                    theme.setLong(1, themeId);
                    theme.setLong(2, id);
                    theme.setString(3, name);
                    theme.setString(4, "Generated for the benchmark: " + name + ".");
                    theme.setObject(5, now);
                    theme.addBatch();
                }
                orgs.add(new Organisation(id, code, interviewers, supervisor, analyst, teams));
                staffOf.put(id, new StaffOf(interviewerIds, analystId, supervisorId, themeIds));
            }
            org.executeBatch();
            team.executeBatch();
            staff.executeBatch();
            role.executeBatch();
            theme.executeBatch();
        }
        return orgs;
    }

    private record StaffOf(List<Long> interviewers, long analyst, long supervisor, List<Long> themes) {}

    private final Map<Long, StaffOf> staffOf = new HashMap<>();

    private static long addStaff(
            PreparedStatement staff,
            PreparedStatement role,
            Ids ids,
            long organisationId,
            String username,
            String displayName,
            String hash,
            String kind,
            LocalDateTime now,
            String roleName)
            throws SQLException {
        long id = ids.take("staff_account");
        staff.setLong(1, id);
        staff.setLong(2, organisationId);
        staff.setString(3, username);
        staff.setString(4, displayName);
        staff.setString(5, hash);
        staff.setString(6, kind);
        staff.setObject(7, now);
        staff.addBatch();
        role.setLong(1, id);
        role.setString(2, roleName);
        role.addBatch();
        return id;
    }

    private long interviews(Connection db, Ids ids, Reference ref, List<Organisation> orgs) throws SQLException {
        long rows = 0;
        Map<Long, AuditChain> chains = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        Instant start = end.minus(Duration.ofDays(365L * settings.years()));
        long span = Duration.between(start, end).toSeconds();
        int n = settings.interviews();
        try (Batches b = new Batches(db)) {
            for (int i = 0; i < n; i++) {
                Organisation org = orgs.get(random.nextInt(orgs.size()));
                StaffOf staff = staffOf.get(org.id());
                AuditChain chain = chains.computeIfAbsent(org.id(), AuditChain::new);
                Instant started = start.plusSeconds(span * i / Math.max(1, n));
                int year = LocalDateTime.ofInstant(started, ZoneOffset.UTC).getYear();
                String counterKey = org.id() + ":" + year;
                int number = counters.merge(counterKey, 1, Integer::sum);
                String reference = String.format(Locale.ROOT, "%s-%d-%04d", org.code(), year, number);
                long interviewId = ids.take("interview");
                long interviewer = staff.interviewers()
                        .get(random.nextInt(staff.interviewers().size()));
                String kind =
                        staff.interviewers().indexOf(interviewer) % 2 == 1 ? "PRACTITIONER" : "EXPERT_BY_EXPERIENCE";
                boolean telephone = random.nextInt(10) < 7;
                String mode = telephone ? "TELEPHONE" : "IN_PERSON";
                String respondent = RESPONDENTS[random.nextInt(RESPONDENTS.length)];
                Long team = random.nextInt(10) == 0
                        ? null
                        : org.teams().get(random.nextInt(org.teams().size()));
                int roll = random.nextInt(100);
                String status = roll < 90 ? "SUBMITTED" : roll < 95 ? "DECLINED" : "IN_PROGRESS";
                boolean agreed = !"DECLINED".equals(status);
                String choice = agreed ? CHOICES[random.nextInt(CHOICES.length)] : null;
                String respondentName = "NAMED".equals(choice) ? "Family " + (i % 9973) : null;
                String worker = choice != null && !"ANONYMOUS".equals(choice) ? "Worker " + (i % 311) : null;
                String familyKey = "NAMED".equals(choice) ? familyKey() : null;
                Instant consentAt = started.plusSeconds(120);
                Instant ended = started.plusSeconds(1800 + random.nextInt(1800));
                long consentId = ids.take("consent_record");

                PreparedStatement iv = b.interview;
                int c = 1;
                iv.setLong(c++, interviewId);
                iv.setLong(c++, org.id());
                iv.setString(c++, reference);
                iv.setLong(c++, ref.scriptId());
                iv.setLong(c++, interviewer);
                iv.setString(c++, kind);
                iv.setString(c++, mode);
                iv.setString(c++, respondent);
                setLong(iv, c++, team);
                iv.setString(c++, status);
                iv.setString(c++, choice);
                iv.setString(c++, respondentName);
                iv.setString(c++, worker);
                iv.setString(c++, "SUBMITTED".equals(status) || !agreed ? "DONE" : "QUESTIONS");
                setInt(iv, c++, "IN_PROGRESS".equals(status) ? 4 : null);
                iv.setObject(c++, utc(started));
                iv.setObject(c++, "SUBMITTED".equals(status) ? utc(ended) : null);
                iv.setObject(c++, "IN_PROGRESS".equals(status) ? null : utc(agreed ? ended : consentAt));
                iv.setLong(c++, ref.statementId());
                iv.setString(c++, agreed ? "AGREED" : "DECLINED");
                iv.setObject(c++, utc(consentAt));
                iv.setString(c++, familyKey);
                // The record key of cell-key perturbation, mixed from the id so that the seeded
                // draws of everything else stay as they were.
                iv.setInt(c++, (int) ((interviewId * 0x9E3779B97F4A7C15L) >>> 56));
                iv.addBatch();

                PreparedStatement cr = b.consent;
                cr.setLong(1, consentId);
                cr.setLong(2, interviewId);
                cr.setLong(3, org.id());
                cr.setLong(4, ref.statementId());
                cr.setString(5, ref.statementSha());
                cr.setString(6, telephone ? "READ_ALOUD_BY_TELEPHONE" : "READ_ALOUD_IN_PERSON");
                cr.setString(7, choice);
                cr.setBoolean(8, agreed);
                cr.setLong(9, interviewer);
                cr.setObject(10, utc(consentAt));
                cr.addBatch();
                rows += 2;

                List<AuditEntry> events = new ArrayList<>();
                events.add(event(AuditAction.INTERVIEW_STARTED, org.id(), interviewer, interviewId)
                        .value("status", "STARTED"));
                events.add(event(AuditAction.INTERVIEW_STARTED, org.id(), interviewer, interviewId)
                        .value("mode", mode));
                events.add(event(AuditAction.INTERVIEW_STARTED, org.id(), interviewer, interviewId)
                        .value("statement", "#" + ref.statementId() + " v" + ref.statementVersion()));
                events.add(event(AuditAction.CONSENT_RECORDED, org.id(), interviewer, interviewId)
                        .entity("consent-record", consentId)
                        .value("agreed", String.valueOf(agreed)));
                events.add(event(AuditAction.CONSENT_RECORDED, org.id(), interviewer, interviewId)
                        .entity("consent-record", consentId)
                        .value("choice", choice));
                if (agreed) {
                    int answered = "IN_PROGRESS".equals(status) ? 3 : 7;
                    for (int q = 1; q <= answered; q++) {
                        boolean declined = random.nextInt(25) == 0;
                        String text =
                                declined ? null : text(q == 1 ? 200 + random.nextInt(300) : 50 + random.nextInt(1950));
                        long answerId = ids.take("answer");
                        PreparedStatement an = b.answer;
                        an.setLong(1, answerId);
                        an.setLong(2, interviewId);
                        an.setLong(3, ref.questionIds()[q - 1]);
                        an.setString(4, text);
                        an.setBoolean(5, declined);
                        an.setObject(6, utc(started.plusSeconds(120L + q * 180L)));
                        an.setLong(7, interviewer);
                        an.addBatch();
                        rows++;
                        events.add(event(AuditAction.ANSWER_SAVED, org.id(), interviewer, interviewId)
                                .entity("answer", answerId)
                                .change(
                                        "answer.q" + q + (declined ? ".declined" : ".text"),
                                        declined ? "false" : null,
                                        declined ? "true" : text));
                        if (q == ref.ratingsQuestion()) {
                            for (int s = 0; s < ref.ratingStatementIds().length; s++) {
                                Integer value = random.nextInt(12) == 0 ? null : 1 + random.nextInt(5);
                                PreparedStatement ra = b.rating;
                                ra.setLong(1, ids.take("answer_rating"));
                                ra.setLong(2, interviewId);
                                ra.setLong(3, ref.ratingStatementIds()[s]);
                                setInt(ra, 4, value);
                                ra.addBatch();
                                rows++;
                                if (value != null) {
                                    events.add(event(AuditAction.RATING_SAVED, org.id(), interviewer, interviewId)
                                            .entity("rating-statement", ref.ratingStatementIds()[s])
                                            .change("rating.q" + q + ".s" + (s + 1), null, value.toString()));
                                }
                            }
                        }
                        if (!declined && random.nextInt(10) < 3) {
                            PreparedStatement tag = b.tag;
                            tag.setLong(1, ids.take("qa_theme_tag"));
                            tag.setLong(2, org.id());
                            tag.setLong(
                                    3,
                                    staff.themes()
                                            .get(random.nextInt(staff.themes().size())));
                            tag.setLong(4, interviewId);
                            tag.setLong(5, answerId);
                            tag.setLong(6, staff.analyst());
                            tag.setObject(7, utc(ended.plusSeconds(86_400)));
                            tag.addBatch();
                            rows++;
                        }
                    }
                    if ("SUBMITTED".equals(status)) {
                        for (long option : ref.supportOptionIds()) {
                            PreparedStatement su = b.support;
                            su.setLong(1, ids.take("interview_support"));
                            su.setLong(2, interviewId);
                            su.setLong(3, option);
                            su.setBoolean(4, random.nextInt(3) > 0);
                            su.setBoolean(5, random.nextInt(8) == 0);
                            su.addBatch();
                            rows++;
                        }
                        events.add(event(AuditAction.INTERVIEW_STATUS_CHANGED, org.id(), interviewer, interviewId)
                                .change("status", "IN_PROGRESS", "SUBMITTED"));
                    }
                } else {
                    events.add(event(AuditAction.INTERVIEW_STATUS_CHANGED, org.id(), interviewer, interviewId)
                            .change("status", "STARTED", "DECLINED"));
                }
                String requestId = "bench-" + interviewId;
                Instant at = started;
                for (AuditEntry entry : events) {
                    AuditEvent sealed = seal.seal(chain, entry, at, requestId);
                    long eventId = ids.take("audit_event");
                    b.event(eventId, sealed);
                    if (entry.getOldValue() != null) {
                        b.value(eventId, "OLD", entry.getOldValue());
                    }
                    if (entry.getNewValue() != null) {
                        b.value(eventId, "NEW", entry.getNewValue());
                    }
                    rows++;
                    at = at.plusSeconds(1);
                }
                if ((i + 1) % COMMIT_EVERY == 0 || i + 1 == n) {
                    b.flush();
                    heads(db, chains.values(), counters);
                    db.commit();
                    if ((i + 1) % 50_000 == 0) {
                        int done = i + 1;
                        LOG.info(() -> "Generated " + done + " interviews");
                    }
                }
            }
        }
        db.commit();
        return rows;
    }

    /**
     * Writes each chain's head and each reference counter as they stand, in the same
     * transaction as the rows, so that the database is consistent at every commit: a
     * generation stopped half-way leaves a smaller, valid data set.
     */
    private static void heads(Connection db, Iterable<AuditChain> chains, Map<String, Integer> counters)
            throws SQLException {
        try (PreparedStatement head = db.prepareStatement("INSERT INTO audit_chain (chain_id, last_seq, last_mac)"
                        + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE last_seq = VALUES(last_seq),"
                        + " last_mac = VALUES(last_mac)");
                PreparedStatement counter = db.prepareStatement("INSERT INTO interview_reference_counter"
                        + " (organisation_id, ref_year, last_value) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE last_value = VALUES(last_value)")) {
            for (AuditChain chain : chains) {
                head.setLong(1, chain.getChainId());
                head.setLong(2, chain.getLastSeq());
                head.setString(3, chain.getLastMac());
                head.addBatch();
            }
            head.executeBatch();
            for (Map.Entry<String, Integer> entry : counters.entrySet()) {
                String[] key = entry.getKey().split(":");
                counter.setLong(1, Long.parseLong(key[0]));
                counter.setInt(2, Integer.parseInt(key[1]));
                counter.setInt(3, entry.getValue());
                counter.addBatch();
            }
            counter.executeBatch();
        }
    }

    private static AuditEntry event(AuditAction action, long organisation, long actor, long interview) {
        return AuditEntry.of(action)
                .organisation(organisation)
                .actor(actor)
                .entity("interview", interview)
                .interview(interview);
    }

    /** The prepared batches of the interview tables. */
    private static final class Batches implements AutoCloseable {
        final PreparedStatement interview;
        final PreparedStatement consent;
        final PreparedStatement answer;
        final PreparedStatement rating;
        final PreparedStatement support;
        final PreparedStatement tag;
        final PreparedStatement event;
        final PreparedStatement value;

        Batches(Connection db) throws SQLException {
            interview = db.prepareStatement("INSERT INTO interview (id, organisation_id, reference, script_id,"
                    + " interviewer_id, interviewer_kind, mode, respondent, team_id, status, choice, respondent_name,"
                    + " social_worker_name, current_step, current_question, started_at, submitted_at, ended_at,"
                    + " version, statement_id, consent_outcome, consent_recorded_at, family_key, record_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)");
            consent = db.prepareStatement("INSERT INTO consent_record (id, interview_id, organisation_id,"
                    + " statement_id, statement_sha256, method, statement_read, choice, agreed, recorded_by,"
                    + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)");
            answer = db.prepareStatement("INSERT INTO answer (id, interview_id, question_id, text, declined,"
                    + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
            rating = db.prepareStatement(
                    "INSERT INTO answer_rating (id, interview_id, statement_id, value) VALUES (?, ?, ?, ?)");
            support = db.prepareStatement("INSERT INTO interview_support (id, interview_id, option_id, offered,"
                    + " follow_up_requested) VALUES (?, ?, ?, ?, ?)");
            tag = db.prepareStatement("INSERT INTO qa_theme_tag (id, organisation_id, theme_id, interview_id,"
                    + " answer_id, coder_id, tagged_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            event = db.prepareStatement("INSERT INTO audit_event (id, chain_id, seq, occurred_at, actor_id, action,"
                    + " entity_type, entity_id, interview_id, field, old_digest, new_digest, reason_digest,"
                    + " request_id, key_id, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            value = db.prepareStatement(
                    "INSERT INTO audit_value (event_id, slot, value, redacted) VALUES (?, ?, ?, FALSE)");
        }

        void event(long id, AuditEvent e) throws SQLException {
            int c = 1;
            event.setLong(c++, id);
            event.setLong(c++, e.getChainId());
            event.setLong(c++, e.getSeq());
            event.setObject(c++, utc(e.getOccurredAt()));
            setLong(event, c++, e.getActorId());
            event.setString(c++, e.getAction().name());
            event.setString(c++, e.getEntityType());
            setLong(event, c++, e.getEntityId());
            setLong(event, c++, e.getInterviewId());
            event.setString(c++, e.getField());
            event.setString(c++, e.getOldDigest());
            event.setString(c++, e.getNewDigest());
            event.setString(c++, e.getReasonDigest());
            event.setString(c++, e.getRequestId());
            event.setString(c++, e.getKeyId());
            event.setString(c++, e.getMac());
            event.addBatch();
        }

        void value(long eventId, String slot, String text) throws SQLException {
            value.setLong(1, eventId);
            value.setString(2, slot);
            value.setString(3, text);
            value.addBatch();
        }

        /** Parents before children, so the rows are consistent at every commit. */
        void flush() throws SQLException {
            for (PreparedStatement batch : List.of(interview, consent, answer, rating, support, tag, event, value)) {
                batch.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement batch : List.of(interview, consent, answer, rating, support, tag, event, value)) {
                batch.close();
            }
        }
    }

    private String text(int length) {
        return Words.text(random, length);
    }

    private String familyKey() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return HexFormat.of().formatHex(bytes);
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static long single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing found by " + query);
            }
            return row.getLong(1);
        }
    }

    private static List<Long> longs(Connection db, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    /** PBKDF2WithHmacSHA512 in Jakarta Security's stored format, as Heard's identity store verifies it. */
    static String hash(String password, int iterations) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8))
                    .getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":"
                    + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random password for the generated accounts. */
    static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "Bench-" + HexFormat.of().formatHex(bytes);
    }

    static byte[] decodeKey(String base64) {
        return Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
    }
}

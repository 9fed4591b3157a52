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

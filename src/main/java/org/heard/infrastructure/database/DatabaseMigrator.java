package org.heard.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates the schema with Flyway before anything else starts. The
 * scripts under {@code db/migration/common} run on every database (H2 runs in
 * MySQL mode); a vendor folder, {@code db/migration/h2} or
 * {@code db/migration/mysql}, holds what only one of them understands.
 *
 * <p>On MySQL, production runs with two accounts (see docs/operations.md): a
 * migration account ({@code heard.db.migration-user}) that owns the schema, and
 * the application's account, which holds only SELECT on the database. After
 * migrating, Heard grants the application's account exactly SELECT, INSERT on
 * the {@link #APPEND_ONLY_TABLES append-only tables} (the audit trail's events,
 * published statements, script versions and glossary definitions), taking back
 * UPDATE and DELETE there if an earlier version had granted them, and SELECT, INSERT, UPDATE, DELETE on every other table, so the grants follow
 * the schema. Without a migration account, the application's account migrates
 * itself (the embedded quick start, simple installations).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    /**
     * Tables the application may only read and append to: the audit trail's events,
     * published statements, published script versions, glossary terms and definitions.
     */
    public static final List<String> APPEND_ONLY_TABLES = List.of(
            "audit_event",
            "confidentiality_statement",
            "script",
            "script_question",
            "script_rating_statement",
            "script_scale_label",
            "glossary_term",
            "glossary_definition");

    /** MySQL's ER_NONEXISTING_GRANT and ER_NONEXISTING_TABLE_GRANT: nothing to revoke. */
    private static final int NO_SUCH_GRANT = 1141;

    private static final int NO_SUCH_TABLE_GRANT = 1147;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = HeardDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "heard.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "heard.db.migration-user")
    private Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "heard.db.migration-password")
    private Optional<String> migrationPassword;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        boolean separateOwner = migrationUser.filter(u -> !u.isBlank()).isPresent() && "mysql".equals(vendor);
        FluentConfiguration configuration = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(false);
        if (separateOwner) {
            configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
        } else {
            configuration.dataSource(dataSource);
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        // With nothing to apply, Flyway's result names no target version: the current one is the schema's.
        String version = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : Optional.ofNullable(flyway.info().current())
                        .map(migration -> migration.getVersion().getVersion())
                        .orElse("none");
        LOG.info(() -> "Database schema at version " + version + " (" + vendor + ", "
                + result.migrationsExecuted + " migrations applied now"
                + (separateOwner ? ", by the migration account" : "") + ")");
        if (separateOwner) {
            grantApplicationAccount(configuration);
        }
    }

    /** Grants the application's account row access on every table, append-only on the audit trail. */
    private void grantApplicationAccount(FluentConfiguration configuration) {
        String account = applicationAccount();
        try (Connection owner = configuration.getDataSource().getConnection();
                Statement sql = owner.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String quoted = "`" + table.replace("`", "") + "`";
                if (APPEND_ONLY_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                    sql.execute("GRANT SELECT, INSERT ON " + quoted + " TO " + account);
                    revokeChanges(sql, quoted, account);
                } else {
                    sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + quoted + " TO " + account);
                }
            }
            LOG.info(() -> "Granted the application's account row access on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The migration account could not grant the application's account its privileges: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Takes back UPDATE and DELETE on a table that has become append-only since an
     * earlier version granted them; an account that never held them is left as it is.
     */
    private static void revokeChanges(Statement sql, String table, String account) throws SQLException {
        try {
            sql.execute("REVOKE UPDATE, DELETE ON " + table + " FROM " + account);
        } catch (SQLException e) {
            if (e.getErrorCode() != NO_SUCH_GRANT && e.getErrorCode() != NO_SUCH_TABLE_GRANT) {
                throw e;
            }
        }
    }

    /** The application's account as the server names it, e.g. {@code 'heard'@'%'}. */
    private String applicationAccount() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            String current = row.getString(1);
            int at = current.lastIndexOf('@');
            return "'" + current.substring(0, at).replace("'", "") + "'@'"
                    + current.substring(at + 1).replace("'", "") + "'";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("h2") ? "h2" : "mysql";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}

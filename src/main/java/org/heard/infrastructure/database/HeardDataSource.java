package org.heard.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares Heard's only datasource. Every value comes from MicroProfile Config
 * ({@code heard.db.*}, e.g. the environment variables {@code HEARD_DB_URL},
 * {@code HEARD_DB_USER}, {@code HEARD_DB_PASSWORD}); the driver class follows
 * from the URL (see {@link DatabaseConfigSource}). Connections are validated
 * before use and the pool is bounded. When the database is down, requests fail
 * within seconds (a 3 s login timeout, at most 3 s waiting for a connection, 10 s
 * for a statement) rather than hanging, so that a page shows its error and the
 * interview page's autosave says "Not saved — retrying" quickly (see
 * docs/configuration.md, "The connection pool").
 */
@DataSourceDefinition(
        name = HeardDataSource.JNDI_NAME,
        className = "${MPCONFIG=heard.db.datasource-class}",
        url = "${MPCONFIG=heard.db.url}",
        user = "${MPCONFIG=heard.db.user}",
        password = "${MPCONFIG=heard.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        loginTimeout = 3,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=3000",
            "fish.payara.statement-timeout-in-seconds=10"
        })
public final class HeardDataSource {

    /** JNDI name of the datasource, as used by {@code persistence.xml} and Flyway. */
    public static final String JNDI_NAME = "java:app/jdbc/heard";

    private HeardDataSource() {}
}

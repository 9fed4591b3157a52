package org.heard.infrastructure.database;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code heard.db.datasource-class} from {@code heard.db.url}, so that
 * setting the URL alone switches Heard between the embedded H2 file database
 * and MySQL/MariaDB through Connector/J (a {@code jdbc:mysql:} URL for both). An explicit
 * {@code heard.db.datasource-class} (e.g. {@code HEARD_DB_DATASOURCE_CLASS})
 * still wins: this source's ordinal is below the environment's.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String CLASS_KEY = "heard.db.datasource-class";
    static final String URL_KEY = "heard.db.url";

    private static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    private static final String MYSQL = "com.mysql.cj.jdbc.MysqlDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(CLASS_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        String value = getValue(CLASS_KEY);
        return value == null ? Map.of() : Map.of(CLASS_KEY, value);
    }

    @Override
    public String getValue(String propertyName) {
        if (!CLASS_KEY.equals(propertyName)) {
            return null;
        }
        return ConfigProvider.getConfig(DatabaseConfigSource.class.getClassLoader())
                .getOptionalValue(URL_KEY, String.class)
                .map(DatabaseConfigSource::dataSourceClassFor)
                .orElse(null);
    }

    /** The DataSource class for a JDBC URL; null for a database Heard does not support. */
    static String dataSourceClassFor(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        return null;
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "heard-database-defaults";
    }
}

package org.heard.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    @DisplayName("The DataSource class follows from the JDBC URL")
    void dataSourceClassFromUrl() {
        assertEquals(
                "org.h2.jdbcx.JdbcDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:./data/heard;MODE=MySQL"));
        assertEquals(
                "com.mysql.cj.jdbc.MysqlDataSource",
                DatabaseConfigSource.dataSourceClassFor("jdbc:mysql://db:3306/heard?sslMode=REQUIRED"));
        assertEquals(
                "com.mysql.cj.jdbc.MysqlDataSource",
                DatabaseConfigSource.dataSourceClassFor("  JDBC:MYSQL://db/heard"));
        assertNull(DatabaseConfigSource.dataSourceClassFor("jdbc:mariadb://db/heard"), "Connector/J needs jdbc:mysql:");
        assertNull(DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db/heard"));
    }

    @Test
    @DisplayName("It answers only for the DataSource class, below environment variables")
    void scope() {
        DatabaseConfigSource source = new DatabaseConfigSource();
        assertNull(source.getValue("heard.db.url"));
        assertEquals(150, source.getOrdinal());
    }
}

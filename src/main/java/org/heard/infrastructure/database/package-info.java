/**
 * The database: the datasource declaration (H2 file by default, MySQL or MariaDB
 * by configuration), Flyway migrations at start-up, and the optional demo data.
 */
package org.heard.infrastructure.database;

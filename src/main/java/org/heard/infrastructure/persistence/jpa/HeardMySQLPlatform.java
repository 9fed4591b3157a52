package org.heard.infrastructure.persistence.jpa;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform, used for MySQL 8, MariaDB and H2 in MySQL mode.
 * EclipseLink turns fractional seconds off when the server reports a version
 * below 5.6, which MariaDB (reporting {@code 5.5.5-10.x}) and H2 both do; every
 * server Heard supports keeps microseconds in {@code DATETIME(6)}.
 */
public class HeardMySQLPlatform extends MySQLPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean isFractionalTimeSupported() {
        return true;
    }
}

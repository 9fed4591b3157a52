-- Organisations (local authorities), their teams, and staff accounts with roles.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(8)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE team (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_team_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT       NOT NULL,
    username          VARCHAR(254) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    password_hash     VARCHAR(512) NOT NULL,
    interviewer_kind  VARCHAR(32)  NULL,
    enabled           BOOLEAN      NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_staff_account PRIMARY KEY (id),
    CONSTRAINT uq_staff_account_username UNIQUE (username),
    CONSTRAINT fk_staff_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_account_organisation ON staff_account (organisation_id, display_name);

CREATE TABLE staff_role (
    staff_id  BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

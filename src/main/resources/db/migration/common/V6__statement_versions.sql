-- Statement versions: an organisation drafts a new confidentiality statement, then publishes
-- it. Published versions are never changed: the application's account may only read and
-- insert rows of confidentiality_statement (see DatabaseMigrator), and drafts live apart.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE statement_draft (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NOT NULL,
    text             MEDIUMTEXT  NOT NULL,
    based_on_id      BIGINT      NULL,
    created_by       BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_statement_draft PRIMARY KEY (id),
    CONSTRAINT uq_statement_draft_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_statement_draft_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_statement_draft_based_on FOREIGN KEY (based_on_id) REFERENCES confidentiality_statement (id),
    CONSTRAINT fk_statement_draft_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX uq_statement_organisation_version ON confidentiality_statement (organisation_id, version);

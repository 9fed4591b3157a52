-- Scripts and the glossary become each organisation's to extend: the seeded script and
-- glossary stay shared (organisation_id NULL), and an organisation's administrators add
-- their own script versions, scripts, terms and definition versions beside them. Published
-- script versions, terms and definition versions are never changed: the application's
-- account may only read and insert their rows (see DatabaseMigrator); script drafts live
-- apart, as documents.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- Scripts: an organisation's own versions and scripts beside the shared ones.
ALTER TABLE script ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE script ADD CONSTRAINT fk_script_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE UNIQUE INDEX uq_script_organisation_version ON script (organisation_id, code, version);
ALTER TABLE script DROP INDEX uq_script_version;
CREATE INDEX ix_script_current ON script (code, organisation_id, version);

-- A script draft is a script document (format heard-script/1), edited until published.
-- One draft per script code and organisation.
CREATE TABLE script_draft (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NOT NULL,
    code             VARCHAR(64) NOT NULL,
    document         MEDIUMTEXT  NOT NULL,
    based_on_id      BIGINT      NULL,
    created_by       BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_script_draft PRIMARY KEY (id),
    CONSTRAINT uq_script_draft_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_script_draft_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_script_draft_based_on FOREIGN KEY (based_on_id) REFERENCES script (id),
    CONSTRAINT fk_script_draft_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Glossary: an organisation's own terms beside the shared ones.
ALTER TABLE glossary_term ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE glossary_term ADD CONSTRAINT fk_glossary_term_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE UNIQUE INDEX uq_glossary_term_organisation ON glossary_term (organisation_id, term);
ALTER TABLE glossary_term DROP INDEX uq_glossary_term;

-- A definition version belongs to the organisation that wrote it (NULL: shared), and
-- carries the variants that count as the term, so that both are versioned together.
ALTER TABLE glossary_definition ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE glossary_definition ADD COLUMN variants VARCHAR(1000) NULL;
ALTER TABLE glossary_definition ADD COLUMN created_by BIGINT NULL;
ALTER TABLE glossary_definition ADD CONSTRAINT fk_glossary_definition_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE glossary_definition ADD CONSTRAINT fk_glossary_definition_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id);
UPDATE glossary_definition SET variants = (SELECT t.variants FROM glossary_term t WHERE t.id = glossary_definition.term_id);
CREATE UNIQUE INDEX uq_glossary_definition_organisation_version ON glossary_definition (term_id, organisation_id, version);
ALTER TABLE glossary_definition DROP INDEX uq_glossary_definition_version;
ALTER TABLE glossary_term DROP COLUMN variants;

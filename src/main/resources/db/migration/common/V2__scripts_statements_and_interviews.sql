-- The interviewer's journey: versioned scripts and glossary, versioned confidentiality
-- statements, support options, and interviews with their consent records, answers,
-- ratings, support, safeguarding concerns and an append-only change log.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- Scripts: a published version never changes; interviews point to the version they used.
CREATE TABLE script (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    introduction  TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    published_at  DATETIME(6)  NULL,
    CONSTRAINT pk_script PRIMARY KEY (id),
    CONSTRAINT uq_script_version UNIQUE (code, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE script_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    script_id   BIGINT       NOT NULL,
    number      INT          NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    read_aloud  TEXT         NOT NULL,
    prompts     TEXT         NULL,
    guidance    TEXT         NULL,
    CONSTRAINT pk_script_question PRIMARY KEY (id),
    CONSTRAINT uq_script_question_number UNIQUE (script_id, number),
    CONSTRAINT fk_script_question_script FOREIGN KEY (script_id) REFERENCES script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE script_rating_statement (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    question_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(500) NOT NULL,
    CONSTRAINT pk_script_rating_statement PRIMARY KEY (id),
    CONSTRAINT uq_script_rating_statement UNIQUE (question_id, position),
    CONSTRAINT fk_script_rating_statement_question FOREIGN KEY (question_id) REFERENCES script_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE script_scale_label (
    script_id  BIGINT       NOT NULL,
    value      INT          NOT NULL,
    label      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_script_scale_label PRIMARY KEY (script_id, value),
    CONSTRAINT fk_script_scale_label_script FOREIGN KEY (script_id) REFERENCES script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Glossary: terms with variants; each definition is a version, and an interview records
-- the very version that was opened.
CREATE TABLE glossary_term (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    term      VARCHAR(100)  NOT NULL,
    variants  VARCHAR(1000) NULL,
    CONSTRAINT pk_glossary_term PRIMARY KEY (id),
    CONSTRAINT uq_glossary_term UNIQUE (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE glossary_definition (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    term_id     BIGINT      NOT NULL,
    version     INT         NOT NULL,
    text        TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_glossary_definition PRIMARY KEY (id),
    CONSTRAINT uq_glossary_definition_version UNIQUE (term_id, version),
    CONSTRAINT fk_glossary_definition_term FOREIGN KEY (term_id) REFERENCES glossary_term (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Confidentiality and data storage statements. organisation_id NULL is the default
-- that organisations without their own published statement use.
CREATE TABLE confidentiality_statement (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NULL,
    version          INT         NOT NULL,
    text             TEXT        NOT NULL,
    sha256           CHAR(64)    NOT NULL,
    status           VARCHAR(16) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    published_at     DATETIME(6) NULL,
    CONSTRAINT pk_confidentiality_statement PRIMARY KEY (id),
    CONSTRAINT fk_confidentiality_statement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_statement_current ON confidentiality_statement (organisation_id, status, version);

-- Support options read out at the end of an interview; organisation_id NULL: the default set.
CREATE TABLE support_option (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT        NULL,
    position         INT           NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    contact          VARCHAR(500)  NOT NULL,
    active           BOOLEAN       NOT NULL,
    CONSTRAINT pk_support_option PRIMARY KEY (id),
    CONSTRAINT fk_support_option_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reference codes (BH-2026-0042) are numbered per organisation and year.
CREATE TABLE interview_reference_counter (
    organisation_id  BIGINT NOT NULL,
    ref_year         INT    NOT NULL,
    last_value       INT    NOT NULL,
    CONSTRAINT pk_interview_reference_counter PRIMARY KEY (organisation_id, ref_year),
    CONSTRAINT fk_interview_reference_counter_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id     BIGINT       NOT NULL,
    reference           VARCHAR(32)  NOT NULL,
    script_id           BIGINT       NOT NULL,
    interviewer_id      BIGINT       NOT NULL,
    interviewer_kind    VARCHAR(32)  NOT NULL,
    mode                VARCHAR(16)  NOT NULL,
    respondent          VARCHAR(32)  NULL,
    team_id             BIGINT       NULL,
    status              VARCHAR(24)  NOT NULL,
    choice              VARCHAR(24)  NULL,
    respondent_name     VARCHAR(200) NULL,
    social_worker_name  VARCHAR(200) NULL,
    current_step        VARCHAR(24)  NOT NULL,
    current_question    INT          NULL,
    started_at          DATETIME(6)  NOT NULL,
    submitted_at        DATETIME(6)  NULL,
    ended_at            DATETIME(6)  NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_interview PRIMARY KEY (id),
    CONSTRAINT uq_interview_reference UNIQUE (reference),
    CONSTRAINT fk_interview_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_interview_script FOREIGN KEY (script_id) REFERENCES script (id),
    CONSTRAINT fk_interview_interviewer FOREIGN KEY (interviewer_id) REFERENCES staff_account (id),
    CONSTRAINT fk_interview_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_interview_interviewer ON interview (organisation_id, interviewer_id, status, started_at);
CREATE INDEX ix_interview_started ON interview (organisation_id, started_at);

-- Consent records are never updated: a change is a new record pointing to the one it replaces.
CREATE TABLE consent_record (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id      BIGINT      NOT NULL,
    organisation_id   BIGINT      NOT NULL,
    statement_id      BIGINT      NOT NULL,
    statement_sha256  CHAR(64)    NOT NULL,
    method            VARCHAR(32) NOT NULL,
    statement_read    BOOLEAN     NOT NULL,
    choice            VARCHAR(24) NULL,
    agreed            BOOLEAN     NOT NULL,
    recorded_by       BIGINT      NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    replaces_id       BIGINT      NULL,
    CONSTRAINT pk_consent_record PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_consent_record_statement FOREIGN KEY (statement_id) REFERENCES confidentiality_statement (id),
    CONSTRAINT fk_consent_record_recorded_by FOREIGN KEY (recorded_by) REFERENCES staff_account (id),
    CONSTRAINT fk_consent_record_replaces FOREIGN KEY (replaces_id) REFERENCES consent_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consent_record_interview ON consent_record (interview_id, id);

CREATE TABLE answer (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id  BIGINT      NOT NULL,
    question_id   BIGINT      NOT NULL,
    text          MEDIUMTEXT  NULL,
    declined      BOOLEAN     NOT NULL,
    note          TEXT        NULL,
    updated_at    DATETIME(6) NOT NULL,
    updated_by    BIGINT      NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT pk_answer PRIMARY KEY (id),
    CONSTRAINT uq_answer_question UNIQUE (interview_id, question_id),
    CONSTRAINT fk_answer_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES script_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE answer_rating (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    interview_id  BIGINT NOT NULL,
    statement_id  BIGINT NOT NULL,
    value         INT    NULL,
    CONSTRAINT pk_answer_rating PRIMARY KEY (id),
    CONSTRAINT uq_answer_rating UNIQUE (interview_id, statement_id),
    CONSTRAINT fk_answer_rating_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_answer_rating_statement FOREIGN KEY (statement_id) REFERENCES script_rating_statement (id),
    CONSTRAINT ck_answer_rating_value CHECK (value IS NULL OR (value BETWEEN 1 AND 5))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interview_support (
    id                   BIGINT  NOT NULL AUTO_INCREMENT,
    interview_id         BIGINT  NOT NULL,
    option_id            BIGINT  NOT NULL,
    offered              BOOLEAN NOT NULL,
    follow_up_requested  BOOLEAN NOT NULL,
    CONSTRAINT pk_interview_support PRIMARY KEY (id),
    CONSTRAINT uq_interview_support UNIQUE (interview_id, option_id),
    CONSTRAINT fk_interview_support_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_interview_support_option FOREIGN KEY (option_id) REFERENCES support_option (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE safeguarding_concern (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NOT NULL,
    interview_id     BIGINT      NULL,
    raised_by        BIGINT      NOT NULL,
    raised_at        DATETIME(6) NOT NULL,
    description      TEXT        NOT NULL,
    acknowledged_by  BIGINT      NULL,
    acknowledged_at  DATETIME(6) NULL,
    action_taken     TEXT        NULL,
    CONSTRAINT pk_safeguarding_concern PRIMARY KEY (id),
    CONSTRAINT fk_safeguarding_concern_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_safeguarding_concern_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_safeguarding_concern_raised_by FOREIGN KEY (raised_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_safeguarding_open ON safeguarding_concern (organisation_id, acknowledged_at, raised_at);

CREATE TABLE definition_opened (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id   BIGINT      NOT NULL,
    definition_id  BIGINT      NOT NULL,
    opened_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_definition_opened PRIMARY KEY (id),
    CONSTRAINT fk_definition_opened_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_definition_opened_definition FOREIGN KEY (definition_id) REFERENCES glossary_definition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_definition_opened_interview ON definition_opened (interview_id);

-- Append-only: corrections after submission and other changes to a locked interview.
CREATE TABLE interview_change (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    interview_id     BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    changed_by       BIGINT       NOT NULL,
    changed_at       DATETIME(6)  NOT NULL,
    field            VARCHAR(100) NOT NULL,
    old_value        MEDIUMTEXT   NULL,
    new_value        MEDIUMTEXT   NULL,
    reason           TEXT         NOT NULL,
    CONSTRAINT pk_interview_change PRIMARY KEY (id),
    CONSTRAINT fk_interview_change_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_interview_change_changed_by FOREIGN KEY (changed_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_interview_change_interview ON interview_change (interview_id, id);

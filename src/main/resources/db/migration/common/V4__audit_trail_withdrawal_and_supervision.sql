-- Supervisors' records: the tamper-evident audit trail, withdrawals, feedback discussed
-- in supervision, and the columns and indexes the consent register pages and filters on.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- One hash chain per organisation (chain 0: events of no organisation, such as a failed
-- sign-in with an unknown user name). The head is locked while an event is appended, so
-- the chain has no forks; it also lets verification notice rows cut off at the end.
CREATE TABLE audit_chain (
    chain_id  BIGINT   NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_mac  CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (chain_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: the application's account has SELECT and INSERT on this table, nothing more.
-- It holds no personal data: people are ids, values are keyed digests (HMAC-SHA-256).
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    chain_id       BIGINT       NOT NULL,
    seq            BIGINT       NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    action         VARCHAR(48)  NOT NULL,
    entity_type    VARCHAR(32)  NULL,
    entity_id      BIGINT       NULL,
    interview_id   BIGINT       NULL,
    field          VARCHAR(100) NULL,
    old_digest     CHAR(64)     NULL,
    new_digest     CHAR(64)     NULL,
    reason_digest  CHAR(64)     NULL,
    request_id     VARCHAR(64)  NOT NULL,
    key_id         VARCHAR(16)  NOT NULL,
    mac            CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT uq_audit_event_seq UNIQUE (chain_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_interview ON audit_event (interview_id, id);
CREATE INDEX ix_audit_event_actor ON audit_event (chain_id, actor_id, occurred_at);

-- The readable old and new values and reasons of audit events. Kept apart from the events
-- so that a withdrawal can replace them by a redaction marker while the chain, which
-- covers only their digests, still verifies.
CREATE TABLE audit_value (
    event_id  BIGINT     NOT NULL,
    slot      VARCHAR(8) NOT NULL,
    value     MEDIUMTEXT NULL,
    redacted  BOOLEAN    NOT NULL,
    CONSTRAINT pk_audit_value PRIMARY KEY (event_id, slot),
    CONSTRAINT fk_audit_value_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Corrections are audit events now.
DROP TABLE interview_change;

-- The consent register reads one row per interview: the latest consent record's outcome,
-- statement and time are kept on the interview so that paging, filtering and counting
-- happen in SQL on indexes, whatever the number of interviews.
ALTER TABLE interview ADD COLUMN statement_id BIGINT NULL;
ALTER TABLE interview ADD COLUMN consent_outcome VARCHAR(16) NULL;
ALTER TABLE interview ADD COLUMN consent_recorded_at DATETIME(6) NULL;
ALTER TABLE interview ADD CONSTRAINT fk_interview_statement FOREIGN KEY (statement_id) REFERENCES confidentiality_statement (id);

UPDATE interview SET
    statement_id = (SELECT c.statement_id FROM consent_record c WHERE c.interview_id = interview.id
                    AND c.id = (SELECT MAX(c2.id) FROM consent_record c2 WHERE c2.interview_id = interview.id)),
    consent_recorded_at = (SELECT MAX(c.recorded_at) FROM consent_record c WHERE c.interview_id = interview.id),
    consent_outcome = CASE status WHEN 'DECLINED' THEN 'DECLINED' WHEN 'STARTED' THEN NULL ELSE 'AGREED' END;

CREATE INDEX ix_interview_register_interviewer ON interview (organisation_id, interviewer_id, started_at);
CREATE INDEX ix_interview_register_team ON interview (organisation_id, team_id, started_at);
CREATE INDEX ix_interview_register_outcome ON interview (organisation_id, consent_outcome, started_at);
CREATE INDEX ix_interview_register_choice ON interview (organisation_id, choice, started_at);
CREATE INDEX ix_interview_register_statement ON interview (organisation_id, statement_id, started_at);
CREATE INDEX ix_interview_social_worker ON interview (organisation_id, social_worker_name, started_at);

-- A family's withdrawal: who asked, how, when, and who recorded it. No personal data.
CREATE TABLE withdrawal (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id     BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    requested_by     VARCHAR(32) NOT NULL,
    method           VARCHAR(32) NOT NULL,
    requested_on     DATE        NOT NULL,
    recorded_by      BIGINT      NOT NULL,
    recorded_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_withdrawal PRIMARY KEY (id),
    CONSTRAINT uq_withdrawal_interview UNIQUE (interview_id),
    CONSTRAINT fk_withdrawal_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_withdrawal_recorded_by FOREIGN KEY (recorded_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Named feedback discussed with the social worker in supervision.
CREATE TABLE feedback_discussion (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    interview_id     BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    discussed_on     DATE        NOT NULL,
    recorded_by      BIGINT      NOT NULL,
    recorded_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_feedback_discussion PRIMARY KEY (id),
    CONSTRAINT uq_feedback_discussion_interview UNIQUE (interview_id),
    CONSTRAINT fk_feedback_discussion_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_feedback_discussion_recorded_by FOREIGN KEY (recorded_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_safeguarding_interview ON safeguarding_concern (interview_id);

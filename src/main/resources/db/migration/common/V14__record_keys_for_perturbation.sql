-- Disclosure control of the quality-assurance figures (cell-key perturbation): every
-- interview carries a record key, a whole number from 0 to 255 drawn at random when the
-- interview is set up and never shown. A figure's perturbation is looked up by the sum
-- of the keys of the interviews it counts, so the same interviews always get the same
-- perturbation in every table and under every filter. Existing interviews draw theirs here.
-- The dashboard's covering index is rebuilt with the key, so that the counts and the sums
-- of keys are still read from the index alone.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE interview ADD COLUMN record_key SMALLINT NOT NULL DEFAULT 0;

UPDATE interview SET record_key = FLOOR(RAND() * 256);

ALTER TABLE interview ADD CONSTRAINT ck_interview_record_key CHECK (record_key BETWEEN 0 AND 255);

ALTER TABLE interview DROP INDEX ix_interview_dashboard;

CREATE INDEX ix_interview_dashboard
    ON interview (organisation_id, status, submitted_at, retention_action, team_id, mode, interviewer_kind,
                  record_key);

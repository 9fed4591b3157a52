-- Retention: each organisation sets how many months after an interview ends its personal
-- data is kept, and whether it is then anonymised or erased; a scheduled job applies it.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE organisation ADD COLUMN retention_months INT NULL;
ALTER TABLE organisation ADD COLUMN retention_action VARCHAR(16) NULL;
ALTER TABLE interview ADD COLUMN retained_at DATETIME(6) NULL;
ALTER TABLE interview ADD COLUMN retention_action VARCHAR(16) NULL;

CREATE INDEX ix_interview_retention ON interview (organisation_id, retained_at, ended_at);

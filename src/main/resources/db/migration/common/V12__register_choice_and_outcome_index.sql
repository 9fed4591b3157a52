-- The consent register filtered by choice and outcome together (for example every
-- anonymous interview the family agreed to): counted from the index alone and paged
-- in the order of starting, without reading or sorting the organisation's interviews.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE INDEX ix_interview_register_choice_outcome ON interview (organisation_id, choice, consent_outcome, started_at);

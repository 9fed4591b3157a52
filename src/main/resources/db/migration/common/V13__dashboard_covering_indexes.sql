-- The quality-assurance dashboard over years of records: every count it makes reads the
-- submitted interviews of one organisation in a period, grouped by team, mode and
-- interviewer. This index holds all of those columns, so the counts are read from the
-- index alone instead of from the interview rows (which carry long columns). The
-- ratings' counts read the ratings of those interviews from an index that holds the value.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE INDEX ix_interview_dashboard
    ON interview (organisation_id, status, submitted_at, retention_action, team_id, mode, interviewer_kind);

CREATE INDEX ix_answer_rating_value ON answer_rating (interview_id, statement_id, value);

-- Quality-assurance dashboard and de-identified export: the export reads the themes of a
-- batch of interviews at a time, so tags are also indexed by interview. No new table, so
-- no new grant. Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE INDEX ix_qa_theme_tag_interview ON qa_theme_tag (organisation_id, interview_id, theme_id);

-- Quality assurance, coding of answers: an analyst marks an answer coded when they have
-- finished tagging it, even with no theme. Only answers both analysts marked coded count
-- towards their agreement (Cohen's kappa), so that "neither tagged it" is a real
-- judgement and not an answer one of them has not read yet. Portable SQL: runs on
-- MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE qa_coding (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NOT NULL,
    interview_id     BIGINT      NOT NULL,
    answer_id        BIGINT      NOT NULL,
    coder_id         BIGINT      NOT NULL,
    coded_at         DATETIME(6) NOT NULL,
    CONSTRAINT pk_qa_coding PRIMARY KEY (id),
    CONSTRAINT uq_qa_coding_answer_coder UNIQUE (answer_id, coder_id),
    CONSTRAINT fk_qa_coding_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_qa_coding_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_qa_coding_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_qa_coding_coder FOREIGN KEY (coder_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_qa_coding_coder ON qa_coding (organisation_id, coder_id, answer_id);

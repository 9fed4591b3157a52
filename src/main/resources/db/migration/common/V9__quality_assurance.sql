-- Quality assurance: the codebook of themes and analysts' coding of answers, the
-- pseudonymous family key that links follow-up interviews, and the "you said, we did"
-- action log. Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- A random key (32 hex digits), never derived from the family's name: interviews of the
-- same family share it, so change over time can be followed without naming anyone.
ALTER TABLE interview ADD COLUMN family_key CHAR(32) NULL;

CREATE INDEX ix_interview_family ON interview (organisation_id, family_key, submitted_at);
CREATE INDEX ix_interview_submitted ON interview (organisation_id, status, submitted_at);

-- Each organisation's codebook; a theme may sit under a parent theme.
CREATE TABLE qa_theme (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT        NOT NULL,
    parent_id        BIGINT        NULL,
    name             VARCHAR(100)  NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_qa_theme PRIMARY KEY (id),
    CONSTRAINT uq_qa_theme_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_qa_theme_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_qa_theme_parent FOREIGN KEY (parent_id) REFERENCES qa_theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One analyst's judgement that a theme applies to an answer, or to the passage
-- [passage_start, passage_end) of it (character offsets); no copy of the words is kept.
CREATE TABLE qa_theme_tag (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT      NOT NULL,
    theme_id         BIGINT      NOT NULL,
    interview_id     BIGINT      NOT NULL,
    answer_id        BIGINT      NOT NULL,
    coder_id         BIGINT      NOT NULL,
    passage_start    INT         NULL,
    passage_end      INT         NULL,
    tagged_at        DATETIME(6) NOT NULL,
    CONSTRAINT pk_qa_theme_tag PRIMARY KEY (id),
    CONSTRAINT fk_qa_theme_tag_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_qa_theme_tag_theme FOREIGN KEY (theme_id) REFERENCES qa_theme (id),
    CONSTRAINT fk_qa_theme_tag_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_qa_theme_tag_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_qa_theme_tag_coder FOREIGN KEY (coder_id) REFERENCES staff_account (id),
    CONSTRAINT ck_qa_theme_tag_passage CHECK (
        (passage_start IS NULL AND passage_end IS NULL)
        OR (passage_start >= 0 AND passage_end > passage_start))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_qa_theme_tag_theme ON qa_theme_tag (organisation_id, theme_id, interview_id);
CREATE INDEX ix_qa_theme_tag_answer ON qa_theme_tag (answer_id, coder_id);

-- "You said, we did": a finding or theme, the action recommended, who owns it, where it
-- stands and when it was shared back with families and practitioners.
CREATE TABLE qa_action (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT        NOT NULL,
    theme_id         BIGINT        NULL,
    finding          VARCHAR(2000) NOT NULL,
    action_text      VARCHAR(2000) NOT NULL,
    owner            VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    shared_on        DATE          NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_qa_action PRIMARY KEY (id),
    CONSTRAINT fk_qa_action_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_qa_action_theme FOREIGN KEY (theme_id) REFERENCES qa_theme (id),
    CONSTRAINT fk_qa_action_created_by FOREIGN KEY (created_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_qa_action_status ON qa_action (organisation_id, status, shared_on);

-- The starting codebook of every existing organisation: the framework's five attributes
-- of a supportive relationship (the Q2 statements), then rights and complaints, other
-- staff, and the changes families ask for. Organisations created later get the same
-- codebook from the application.
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Respected', 'The family felt respected, or did not.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Empowered', 'The family felt empowered and able to make decisions for themselves, or did not.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Trust', 'Mutual trust between the family and the social worker, or its absence.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Listened to', 'The family felt listened to, understood and heard, or did not.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Safe', 'The relationship made the family feel safe, or did not.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Rights and complaints', 'Knowing their rights, how to complain, and how a complaint was handled.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Other staff', 'Experiences of staff other than the social worker: managers, family support, other services.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;
INSERT INTO qa_theme (organisation_id, parent_id, name, description, created_at, version)
SELECT o.id, NULL, 'Requested changes', 'Changes the family would like to see in the service or the social worker.', CURRENT_TIMESTAMP(6), 0 FROM organisation o;

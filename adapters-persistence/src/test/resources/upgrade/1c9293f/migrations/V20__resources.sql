-- The resource pool (issue 4). One set of scripts for MariaDB and the embedded H2 (MODE=MariaDB).
-- employer_id refers to organisation(id); the use case checks it, and no foreign key is declared so that a
-- resource's history survives the (future) erasure of an organisation.

CREATE TABLE resource (
    id                 CHAR(36)     NOT NULL,
    person_user_id     VARCHAR(200) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    employer_id        CHAR(36)     NULL,
    hourly_rate_ore    BIGINT       NOT NULL,
    max_hours_per_week INT          NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_resource PRIMARY KEY (id),
    CONSTRAINT uq_resource_person UNIQUE (person_user_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resource_name ON resource (display_name, id);
CREATE INDEX ix_resource_status ON resource (status, id);
CREATE INDEX ix_resource_employer ON resource (employer_id);

CREATE TABLE resource_language (
    resource_id CHAR(36) NOT NULL,
    language    CHAR(2)  NOT NULL,
    CONSTRAINT pk_resource_language PRIMARY KEY (resource_id, language),
    CONSTRAINT fk_resource_language_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resource_language_language ON resource_language (language, resource_id);

-- Weekly availability; minutes from midnight, day 1 = Monday … 7 = Sunday (ISO).
CREATE TABLE resource_slot (
    resource_id  CHAR(36) NOT NULL,
    day_of_week  INT      NOT NULL,
    start_minute INT      NOT NULL,
    end_minute   INT      NOT NULL,
    CONSTRAINT pk_resource_slot PRIMARY KEY (resource_id, day_of_week, start_minute),
    CONSTRAINT fk_resource_slot_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE resource_competence (
    resource_id CHAR(36)      NOT NULL,
    code        VARCHAR(64)   NOT NULL,
    evidence    VARCHAR(2000) NOT NULL,
    expires_on  DATE          NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    decided_by  VARCHAR(200)  NULL,
    decided_at  DATETIME(6)   NULL,
    remark      VARCHAR(2000) NULL,
    CONSTRAINT pk_resource_competence PRIMARY KEY (resource_id, code),
    CONSTRAINT fk_resource_competence_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resource_competence_code ON resource_competence (code, status, resource_id);

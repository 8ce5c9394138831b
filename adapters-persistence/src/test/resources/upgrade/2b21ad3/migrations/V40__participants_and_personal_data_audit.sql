-- Participants' personal data and its audit log (security issue). MariaDB and H2 (MODE=MariaDB) syntax.

-- The identity number and the contact are stored only encrypted (AES-GCM, key from configuration). After
-- anonymisation every personal column is NULL; id, organisation and dates remain for statistics and settlement.
CREATE TABLE participant (
    id                        CHAR(36)      NOT NULL,
    consumer_organisation_id  CHAR(36)      NOT NULL,
    name                      VARCHAR(200)  NULL,
    identity_number_encrypted VARCHAR(255)  NULL,
    preferred_language        CHAR(2)       NULL,
    contact_encrypted         VARCHAR(1024) NULL,
    registered_at             DATETIME(6)   NOT NULL,
    completed_at              DATETIME(6)   NULL,
    anonymised_at             DATETIME(6)   NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT pk_participant PRIMARY KEY (id),
    CONSTRAINT fk_participant_consumer FOREIGN KEY (consumer_organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_participant_consumer ON participant (consumer_organisation_id);
CREATE INDEX ix_participant_retention ON participant (anonymised_at, completed_at);

-- Append-only: the application inserts and reads, never updates or deletes (no port offers it). Ids only,
-- no personal data, so it is kept after anonymisation. Not tied to participant by a foreign key on purpose:
-- refused attempts on ids that do not exist are logged too.
CREATE TABLE personal_data_access (
    seq                  BIGINT       NOT NULL AUTO_INCREMENT,
    id                   CHAR(36)     NOT NULL,
    occurred_at          DATETIME(6)  NOT NULL,
    user_id              VARCHAR(200) NOT NULL,
    user_organisation_id CHAR(36)     NULL,
    participant_id       CHAR(36)     NOT NULL,
    use_case             VARCHAR(64)  NOT NULL,
    access_kind          VARCHAR(16)  NOT NULL,
    outcome              VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_personal_data_access PRIMARY KEY (seq),
    CONSTRAINT uq_personal_data_access_id UNIQUE (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_personal_data_access_participant ON personal_data_access (participant_id, seq);

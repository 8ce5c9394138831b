-- Micro-credential definitions (all versions of one definition as a JSON document: they are read together and only
-- ever appended to) and the credentials issued from them. An issued credential names its holder by participant id
-- only and has no foreign key to participant: it is the holder's record of achievement, kept after the personal
-- data is anonymised.
CREATE TABLE credential_definition (
    id       CHAR(36)    NOT NULL,
    code     VARCHAR(60) NOT NULL,
    versions LONGTEXT    NOT NULL,
    version  BIGINT      NOT NULL,
    CONSTRAINT pk_credential_definition PRIMARY KEY (id),
    CONSTRAINT uq_credential_definition_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE issued_credential (
    id                 CHAR(36)    NOT NULL,
    definition_id      CHAR(36)    NOT NULL,
    code               VARCHAR(60) NOT NULL,
    definition_version INT         NOT NULL,
    participant_id     CHAR(36)    NOT NULL,
    delivery_id        CHAR(36)    NOT NULL,
    supplier_id        CHAR(36)    NOT NULL,
    consumer_id        CHAR(36)    NOT NULL,
    issued_at          DATETIME(6) NOT NULL,
    valid_until        DATETIME(6) NULL,
    CONSTRAINT pk_issued_credential PRIMARY KEY (id),
    CONSTRAINT uq_issued_credential_once UNIQUE (definition_id, participant_id, delivery_id),
    CONSTRAINT fk_issued_credential_definition FOREIGN KEY (definition_id) REFERENCES credential_definition (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_issued_credential_supplier ON issued_credential (supplier_id, issued_at, id);
CREATE INDEX ix_issued_credential_consumer ON issued_credential (consumer_id, issued_at, id);
CREATE INDEX ix_issued_credential_participant ON issued_credential (participant_id);
CREATE INDEX ix_issued_credential_delivery ON issued_credential (delivery_id);

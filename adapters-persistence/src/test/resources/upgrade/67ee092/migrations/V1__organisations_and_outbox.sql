-- One set of scripts for MariaDB and for the embedded H2 (MODE=MariaDB): keep to the syntax both accept.

CREATE TABLE organisation (
    id                  CHAR(36)     NOT NULL,
    organisation_number CHAR(10)     NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    population          BIGINT       NULL,
    participation_level VARCHAR(32)  NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_number UNIQUE (organisation_number)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organisation_kind_name ON organisation (kind, name);
CREATE INDEX ix_organisation_name ON organisation (name, id);

CREATE TABLE organisation_role (
    organisation_id CHAR(36)    NOT NULL,
    role            VARCHAR(32) NOT NULL,
    CONSTRAINT pk_organisation_role PRIMARY KEY (organisation_id, role),
    CONSTRAINT fk_organisation_role_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organisation_role_role ON organisation_role (role, organisation_id);

-- Events written in the same transaction as the change that caused them; the messaging relay publishes them.
CREATE TABLE outbox_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    event_id       CHAR(36)     NOT NULL,
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    event_type     VARCHAR(128) NOT NULL,
    schema_version INT          NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    payload        LONGTEXT     NOT NULL,
    published_at   DATETIME(6)  NULL,
    CONSTRAINT pk_outbox_event PRIMARY KEY (id),
    CONSTRAINT uq_outbox_event_event_id UNIQUE (event_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_outbox_event_unpublished ON outbox_event (published_at, id);

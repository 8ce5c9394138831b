-- Applications, deliveries and matching's bookkeeping (issue 4). MariaDB and H2 (MODE=MariaDB) syntax.

-- An application names the exact offering version for good. Its participants (ids, stated target groups, answers
-- to the form) are one JSON document: always read and written whole, never queried inside; the personal data itself
-- is in participant. participant_count is kept beside it for matching, which reads only columns.
CREATE TABLE application (
    id                       CHAR(36)      NOT NULL,
    consumer_organisation_id CHAR(36)      NOT NULL,
    submitted_by             VARCHAR(200)  NOT NULL,
    idempotency_key          VARCHAR(100)  NULL,
    offering_id              CHAR(36)      NOT NULL,
    offering_version_id      CHAR(36)      NOT NULL,
    supplier_organisation_id CHAR(36)      NOT NULL,
    participants             LONGTEXT      NOT NULL,
    participant_count        INT           NOT NULL,
    language                 CHAR(2)       NOT NULL,
    earliest_start           DATE          NOT NULL,
    urgent                   BOOLEAN       NOT NULL,
    received_at              DATETIME(6)   NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    wait_reason              VARCHAR(64)   NULL,
    explanation              VARCHAR(2000) NULL,
    delivery_id              CHAR(36)      NULL,
    decided_at               DATETIME(6)   NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT pk_application PRIMARY KEY (id),
    -- A retried submission finds the first one; two arriving at once cannot both be stored. NULL keys repeat freely.
    CONSTRAINT uq_application_idempotency_key UNIQUE (consumer_organisation_id, idempotency_key),
    CONSTRAINT fk_application_consumer FOREIGN KEY (consumer_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_application_supplier FOREIGN KEY (supplier_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_application_offering_version FOREIGN KEY (offering_version_id) REFERENCES offering_version (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_application_status ON application (status);
CREATE INDEX ix_application_consumer ON application (consumer_organisation_id, received_at);
CREATE INDEX ix_application_supplier ON application (supplier_organisation_id, received_at);

-- A delivery keeps the terms it was opened with (price, split rule, the resource's rate and employer, the hours),
-- so a later change of the offering or the resource never changes what was sold.
CREATE TABLE delivery (
    id                        CHAR(36)      NOT NULL,
    offering_version_id       CHAR(36)      NOT NULL,
    supplier_organisation_id  CHAR(36)      NOT NULL,
    title                     VARCHAR(200)  NOT NULL,
    language                  CHAR(2)       NOT NULL,
    resource_id               CHAR(36)      NOT NULL,
    resource_name             VARCHAR(200)  NOT NULL,
    resource_employer_id      CHAR(36)      NULL,
    hourly_rate_ore           BIGINT        NOT NULL,
    resource_hours            DECIMAL(12,2) NOT NULL,
    session_slots             VARCHAR(200)  NOT NULL,
    starts_on                 DATE          NOT NULL,
    last_day                  DATE          NOT NULL,
    max_participants          INT           NOT NULL,
    price_per_participant_ore BIGINT        NOT NULL,
    cost_split_rule           VARCHAR(16)   NOT NULL,
    opened_at                 DATETIME(6)   NOT NULL,
    status                    VARCHAR(16)   NOT NULL,
    started_at                DATETIME(6)   NULL,
    completed_at              DATETIME(6)   NULL,
    cancelled_at              DATETIME(6)   NULL,
    cancellation_reason       VARCHAR(2000) NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT fk_delivery_offering_version FOREIGN KEY (offering_version_id) REFERENCES offering_version (id),
    CONSTRAINT fk_delivery_supplier FOREIGN KEY (supplier_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_delivery_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_delivery_status ON delivery (status);
CREATE INDEX ix_delivery_supplier ON delivery (supplier_organisation_id, starts_on);
CREATE INDEX ix_delivery_resource ON delivery (resource_id, starts_on);
CREATE INDEX ix_delivery_completed ON delivery (completed_at);
CREATE INDEX ix_delivery_cancelled ON delivery (cancelled_at);

-- One row per participant's place, in the order they joined.
CREATE TABLE delivery_seat (
    delivery_id              CHAR(36)    NOT NULL,
    position                 INT         NOT NULL,
    application_id           CHAR(36)    NOT NULL,
    consumer_organisation_id CHAR(36)    NOT NULL,
    participant_id           CHAR(36)    NOT NULL,
    outcome                  VARCHAR(16) NULL,
    CONSTRAINT pk_delivery_seat PRIMARY KEY (delivery_id, position),
    CONSTRAINT fk_delivery_seat_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_delivery_seat_participant ON delivery_seat (participant_id);
CREATE INDEX ix_delivery_seat_consumer ON delivery_seat (consumer_organisation_id);

-- Automatic matching: every change of demand or supply inserts a request in its own transaction; a run takes the
-- one row of matching_lock with SELECT ... FOR UPDATE first thing (so runs of all servers queue on the database)
-- and deletes the requests it served, one by primary key (no gap locks that would hold up new requests).
CREATE TABLE matching_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    requested_at DATETIME(6)  NOT NULL,
    reason       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_matching_request PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE matching_lock (
    id          INT         NOT NULL,
    runs        BIGINT      NOT NULL,
    last_run_at DATETIME(6) NULL,
    CONSTRAINT pk_matching_lock PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO matching_lock (id, runs, last_run_at) VALUES (1, 0, NULL);

-- Fee rules, scaling projects and settlement (issue 5). One set of scripts for MariaDB and H2 (MODE=MariaDB).

-- The platform's one fee schedule. Its rate versions, agreements and joint costs are read and changed as a whole,
-- so they are kept as one JSON document (mapped field by field in FeeScheduleDocument); "singleton" keeps it one.
CREATE TABLE fee_schedule (
    id        CHAR(36)    NOT NULL,
    singleton TINYINT     NOT NULL,
    document  LONGTEXT    NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_fee_schedule PRIMARY KEY (id),
    CONSTRAINT uq_fee_schedule_singleton UNIQUE (singleton)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE scaling_project (
    id           CHAR(36)     NOT NULL,
    owner_id     CHAR(36)     NOT NULL,
    name         VARCHAR(200) NOT NULL,
    budget_ore   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    activated_on DATE         NULL,
    ended_on     DATE         NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_scaling_project PRIMARY KEY (id),
    CONSTRAINT fk_scaling_project_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_scaling_project_owner_name ON scaling_project (owner_id, name, id);
CREATE INDEX ix_scaling_project_name ON scaling_project (name, id);
CREATE INDEX ix_scaling_project_activated_on ON scaling_project (activated_on);
CREATE INDEX ix_scaling_project_ended_on ON scaling_project (ended_on);

-- A month's settlement; period is 'YYYY-MM'.
CREATE TABLE settlement_period (
    period    CHAR(7)     NOT NULL,
    status    VARCHAR(16) NOT NULL,
    owner_id  CHAR(36)    NULL,
    closed_at DATETIME(6) NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_settlement_period PRIMARY KEY (period)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE settlement_run (
    period          CHAR(7)     NOT NULL,
    run_index       INT         NOT NULL,
    run_number      INT         NOT NULL,
    ran_at          DATETIME(6) NOT NULL,
    line_count      INT         NOT NULL,
    fee_revenue_ore BIGINT      NOT NULL,
    CONSTRAINT pk_settlement_run PRIMARY KEY (period, run_index),
    CONSTRAINT fk_settlement_run_period FOREIGN KEY (period) REFERENCES settlement_period (period)
) DEFAULT CHARSET = utf8mb4;

-- The lines of a period's latest run, one row each with plain columns, so statistics and reports (and the
-- settlement benchmark's hand-written SQL) can aggregate them directly.
CREATE TABLE settlement_line (
    period          CHAR(7)      NOT NULL,
    line_no         INT          NOT NULL,
    organisation_id CHAR(36)     NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    amount_ore      BIGINT       NOT NULL,
    cause_type      VARCHAR(32)  NOT NULL,
    cause_id        VARCHAR(64)  NOT NULL,
    cause_detail    VARCHAR(64)  NULL,
    rule_ref        VARCHAR(64)  NULL,
    counterparty_id CHAR(36)     NULL,
    corrects_period CHAR(7)      NULL,
    description     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_settlement_line PRIMARY KEY (period, line_no),
    CONSTRAINT fk_settlement_line_period FOREIGN KEY (period) REFERENCES settlement_period (period)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_settlement_line_organisation ON settlement_line (organisation_id, period);
CREATE INDEX ix_settlement_line_cause ON settlement_line (cause_type, cause_id);

-- An organisation's population and participation level with the day each applies from, so that fees charge every
-- period with the values in force then. No rows: the organisation's current values have always applied.
CREATE TABLE organisation_fee_basis (
    organisation_id     CHAR(36)    NOT NULL,
    valid_from          DATE        NOT NULL,
    population          BIGINT      NULL,
    participation_level VARCHAR(32) NULL,
    CONSTRAINT pk_organisation_fee_basis PRIMARY KEY (organisation_id, valid_from),
    CONSTRAINT fk_organisation_fee_basis_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

-- Offerings and their versions. A version row is written once and never changed or deleted: applications refer
-- to it by id for good.

CREATE TABLE offering (
    id           CHAR(36)    NOT NULL,
    packaging_id CHAR(36)    NOT NULL,
    supplier_id  CHAR(36)    NOT NULL,
    status       VARCHAR(16) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_offering PRIMARY KEY (id),
    CONSTRAINT uq_offering_packaging UNIQUE (packaging_id),
    CONSTRAINT fk_offering_packaging FOREIGN KEY (packaging_id) REFERENCES packaging (id),
    CONSTRAINT fk_offering_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE offering_version (
    id             CHAR(36)    NOT NULL,
    offering_id    CHAR(36)    NOT NULL,
    version_number INT         NOT NULL,
    draft_number   INT         NOT NULL,
    content        LONGTEXT    NOT NULL,
    published_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_offering_version PRIMARY KEY (id),
    CONSTRAINT uq_offering_version_number UNIQUE (offering_id, version_number),
    CONSTRAINT fk_offering_version_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) DEFAULT CHARSET = utf8mb4;

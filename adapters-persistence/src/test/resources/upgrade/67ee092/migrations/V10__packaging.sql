-- Packagings and the review checklist. One set of scripts for MariaDB and H2 (MODE=MariaDB).
-- A packaging's content and its review history are JSON documents (see ContentJson): always read and written
-- whole, never queried inside; the columns beside them are what listings filter and sort on.

CREATE TABLE packaging (
    id           CHAR(36)    NOT NULL,
    supplier_id  CHAR(36)    NOT NULL,
    status       VARCHAR(16) NOT NULL,
    draft_number INT         NOT NULL,
    content      LONGTEXT    NOT NULL,
    reviews      LONGTEXT    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_packaging PRIMARY KEY (id),
    CONSTRAINT fk_packaging_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_packaging_supplier ON packaging (supplier_id, created_at, id);
CREATE INDEX ix_packaging_status ON packaging (status, created_at, id);
CREATE INDEX ix_packaging_created ON packaging (created_at, id);

-- The owner's review checklist: one row (id 1) once the owner changes it; until then the seeded criteria apply.
CREATE TABLE review_checklist (
    id       INT      NOT NULL,
    criteria LONGTEXT NOT NULL,
    version  BIGINT   NOT NULL,
    CONSTRAINT pk_review_checklist PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

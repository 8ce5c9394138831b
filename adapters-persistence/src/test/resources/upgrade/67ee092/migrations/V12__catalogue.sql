-- The catalogue: one denormalised row per offering that is or was on offer, maintained in the same transaction as
-- publish, suspend, resume and retire. A taken-down offering keeps its row with listed = 0 (a tombstone), so
-- every server instance learns of the removal. Each write takes the next revision from catalogue_revision under
-- a row lock, so revisions become visible in commit order and an instance catches up by reading the rows with a
-- revision above the last it saw (see JpaCatalogue). The document column holds the entry's texts for free-text
-- search; the other columns are the filters, for SQL reporting.

CREATE TABLE catalogue_entry (
    offering_id      CHAR(36)     NOT NULL,
    revision         BIGINT       NOT NULL,
    listed           BOOLEAN      NOT NULL,
    version_id       CHAR(36)     NOT NULL,
    supplier_id      CHAR(36)     NOT NULL,
    phase            VARCHAR(40)  NOT NULL,
    service_area     VARCHAR(40)  NOT NULL,
    delivery_mode    VARCHAR(16)  NOT NULL,
    price_ore        BIGINT       NOT NULL,
    min_age          INT          NULL,
    max_age          INT          NULL,
    published_at     DATETIME(6)  NOT NULL,
    document         LONGTEXT     NOT NULL,
    CONSTRAINT pk_catalogue_entry PRIMARY KEY (offering_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_catalogue_entry_revision ON catalogue_entry (revision);
CREATE INDEX ix_catalogue_entry_listed ON catalogue_entry (listed, phase, service_area);
CREATE INDEX ix_catalogue_entry_price ON catalogue_entry (listed, price_ore);

CREATE TABLE catalogue_revision (
    id       INT    NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT pk_catalogue_revision PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO catalogue_revision (id, revision) VALUES (1, 0);

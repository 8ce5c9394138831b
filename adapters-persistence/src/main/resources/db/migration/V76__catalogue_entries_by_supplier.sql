-- Renaming an organisation renames its offerings' catalogue entries in the same transaction (JpaCatalogue
-- .renameSupplier): the entries of one supplier are found by supplier_id, among 100 000 rows nationally, so it is
-- indexed; listed second because only listed entries are renamed.
--
-- Released first as V13, numbered below V70 and V75 that databases already had, so Flyway refused to upgrade them;
-- it runs here, after every released version, and does nothing where the released V13 made the index already
-- (see db/superseded and docs/decisions/0001-renumbered-migrations-13-and-62.md). MariaDB and H2 (MODE=MariaDB).

CREATE INDEX IF NOT EXISTS ix_catalogue_entry_supplier ON catalogue_entry (supplier_id, listed);

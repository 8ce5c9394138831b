-- Renaming an organisation renames its offerings' catalogue entries in the same transaction (JpaCatalogue
-- .renameSupplier): the entries of one supplier are found by supplier_id, among 100 000 rows nationally, so it is
-- indexed; listed second because only listed entries are renamed.

CREATE INDEX ix_catalogue_entry_supplier ON catalogue_entry (supplier_id, listed);

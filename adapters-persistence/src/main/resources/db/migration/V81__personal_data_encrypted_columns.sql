-- Participants' names and applications' answers encrypted at rest like identity numbers (issue 12). MariaDB and H2
-- (MODE=MariaDB) syntax.
--
-- Three steps, because the key is known only to the application, never to SQL:
--   V81 (this script) adds the columns that hold the encrypted values;
--   V82 (Java, se.esp.adapter.persistence.jpa.EncryptPersonalDataMigration) encrypts every existing name and
--       answers document into them, in one transaction, under Flyway's lock;
--   V83 drops the plain-text columns.
-- See docs/decisions/0003-personal-data-encrypted-on-upgrade.md.

-- "v1:" + base64 of nonce, ciphertext and tag: a name of 200 characters is at most 600 bytes of UTF-8, 843 stored.
ALTER TABLE participant ADD COLUMN name_encrypted VARCHAR(1024) NULL;

-- The application's participants document (ids, stated target groups, answers to the form), encrypted whole.
ALTER TABLE application ADD COLUMN participants_encrypted LONGTEXT NULL;

-- The plain-text copies go once V82 has encrypted them (issue 12; see V81 and
-- docs/decisions/0003-personal-data-encrypted-on-upgrade.md). V82 runs in one transaction and fills every row, so the
-- NOT NULL below fails, and stops the start, rather than leave an application without its participants.
-- MariaDB and H2 (MODE=MariaDB) syntax.
ALTER TABLE participant DROP COLUMN name;

ALTER TABLE application DROP COLUMN participants;
ALTER TABLE application MODIFY participants_encrypted LONGTEXT NOT NULL;

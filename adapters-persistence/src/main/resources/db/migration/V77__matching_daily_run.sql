-- Automatic matching once a day (issue 4 follow-up): time passing changes matching's results without any change
-- being recorded (a competence expires, an earliest start arrives). The first sweep of a day (UTC) claims it with a
-- conditional UPDATE of this column on the one matching_lock row, so of several servers exactly one requests the
-- day's run.
--
-- Released first as V62, numbered below V70 and V75 that databases already had, so Flyway refused to upgrade them;
-- it runs here, after every released version, and does nothing where the released V62 added the column already
-- (see db/superseded and docs/decisions/0001-renumbered-migrations-13-and-62.md). MariaDB and H2 (MODE=MariaDB).
ALTER TABLE matching_lock ADD COLUMN IF NOT EXISTS last_daily_run DATE NULL;

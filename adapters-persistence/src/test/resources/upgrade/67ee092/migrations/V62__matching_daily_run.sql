-- Automatic matching once a day (issue 4 follow-up): time passing changes matching's results without any change
-- being recorded (a competence expires, an earliest start arrives). The first sweep of a day (UTC) claims it with a
-- conditional UPDATE of this column on the one matching_lock row, so of several servers exactly one requests the
-- day's run. MariaDB and H2 (MODE=MariaDB) syntax.
ALTER TABLE matching_lock ADD COLUMN last_daily_run DATE NULL;

-- Matching under load (issue 15): a pass over a queue reads the ids and versions of its waiting applications, then
-- whole only the rows the server does not already hold at that version. On MariaDB this index answers the first read
-- alone (an InnoDB secondary index carries the primary key). ix_application_queue (V85) is its prefix and stays.
-- MariaDB and H2 (MODE=MariaDB).
CREATE INDEX ix_application_queue_version ON application (offering_version_id, language, status, version);

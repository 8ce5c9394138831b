-- Matching per queue (issue 15): a change of demand asks for a pass over its queue (offering version and language)
-- only. A request names the queue; NULL in both columns asks for a pass over everything (resources, deliveries,
-- the daily run). A run serves every pending request at once: one pass over the union of their queues. The index
-- lets that pass read its queues' waiting applications without the rest. MariaDB and H2 (MODE=MariaDB).
ALTER TABLE matching_request ADD COLUMN offering_version_id CHAR(36) NULL;
ALTER TABLE matching_request ADD COLUMN language CHAR(2) NULL;
CREATE INDEX ix_application_queue ON application (offering_version_id, language, status);

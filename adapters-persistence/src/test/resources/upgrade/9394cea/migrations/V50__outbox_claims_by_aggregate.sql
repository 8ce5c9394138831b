-- The relay claims outbox entries with row locks and hands one aggregate's entries out in order only: it looks up
-- the unpublished entries of the aggregates it claimed. Runs on MariaDB and on H2 (MODE=MariaDB).
CREATE INDEX ix_outbox_event_aggregate ON outbox_event (aggregate_id, published_at, id);

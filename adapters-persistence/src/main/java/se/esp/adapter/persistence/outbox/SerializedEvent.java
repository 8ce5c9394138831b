package se.esp.adapter.persistence.outbox;

/** A domain event turned into the outbox's envelope fields and JSON payload. */
record SerializedEvent(String eventType, int schemaVersion, String aggregateType, String payloadJson) {
}

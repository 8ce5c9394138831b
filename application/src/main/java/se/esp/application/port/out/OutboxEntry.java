package se.esp.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the outbox keeps it: the envelope every outgoing message carries, and its payload as JSON.
 *
 * @param sequence      position in the outbox; increases in commit order per aggregate
 * @param eventType     stable name, e.g. {@code OrganisationRegistered}
 * @param schemaVersion version of the payload's JSON schema for that event type
 * @param aggregateType e.g. {@code Organisation}
 */
public record OutboxEntry(long sequence, UUID eventId, String eventType, int schemaVersion, String aggregateType,
                          String aggregateId, Instant occurredAt, String payloadJson) {

    public OutboxEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}

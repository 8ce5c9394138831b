package se.esp.adapter.messaging.events;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import se.esp.application.port.out.OutboxEntry;

/**
 * The body of every event message: the JSON envelope described by {@code schemas/events/envelope.v1.json}, with
 * the event's payload (described by {@code schemas/events/<eventType>.v<schemaVersion>.json}) inside it.
 */
public final class EventEnvelope {

    /** The envelope's own version; a change to its shape would be a new schema file and a new value here. */
    public static final int ENVELOPE_VERSION = 1;

    private EventEnvelope() {
    }

    public static String toJson(OutboxEntry entry) {
        return JSON.createObjectBuilder()
                .add("eventType", entry.eventType())
                .add("schemaVersion", entry.schemaVersion())
                .add("eventId", entry.eventId().toString())
                .add("aggregateType", entry.aggregateType())
                .add("aggregateId", entry.aggregateId())
                .add("occurredAt", entry.occurredAt().toString())
                .add("payload", payload(entry))
                .build()
                .toString();
    }

    private static JsonObject payload(OutboxEntry entry) {
        try (JsonReader reader = JSON.createReader(new StringReader(entry.payloadJson()))) {
            return reader.readObject();
        }
    }
}

package se.esp.adapter.messaging.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.application.port.out.OutboxEntry;

class EventEnvelopeTest {

    @Test
    void wrapsThePayloadInTheVersionedEnvelope() {
        UUID eventId = UUID.fromString("7d0f5a43-7a3c-4b8e-9d61-0d5c1c1c2e01");
        OutboxEntry entry = new OutboxEntry(42, eventId, "OrganisationRolesChanged", 1, "Organisation",
                "5b6f3c1e-1111-4e2a-9a56-7f0e9f2c0a11", Instant.parse("2026-11-23T09:15:30.123456Z"),
                "{\"organisationId\":\"5b6f3c1e-1111-4e2a-9a56-7f0e9f2c0a11\",\"roles\":[\"SUPPLIER\"]}");

        JsonObject envelope = Json.createReader(new StringReader(EventEnvelope.toJson(entry))).readObject();

        assertThat(envelope.keySet()).containsExactlyInAnyOrder("eventType", "schemaVersion", "eventId",
                "aggregateType", "aggregateId", "occurredAt", "payload");
        assertThat(envelope.getString("eventType")).isEqualTo("OrganisationRolesChanged");
        assertThat(envelope.getInt("schemaVersion")).isEqualTo(1);
        assertThat(envelope.getString("eventId")).isEqualTo(eventId.toString());
        assertThat(envelope.getString("aggregateType")).isEqualTo("Organisation");
        assertThat(envelope.getString("aggregateId")).isEqualTo("5b6f3c1e-1111-4e2a-9a56-7f0e9f2c0a11");
        assertThat(envelope.getString("occurredAt")).isEqualTo("2026-11-23T09:15:30.123456Z");
        assertThat(envelope.getJsonObject("payload").getJsonArray("roles").getString(0)).isEqualTo("SUPPLIER");
    }
}

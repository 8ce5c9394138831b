package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import jakarta.json.JsonObjectBuilder;
import se.esp.domain.application.ApplicationEvent;
import se.esp.domain.application.ApplicationReceived;
import se.esp.domain.application.ApplicationStatusChanged;
import se.esp.domain.delivery.DeliveryEvent;
import se.esp.domain.delivery.DeliveryOpened;
import se.esp.domain.delivery.DeliverySeatsChanged;
import se.esp.domain.delivery.DeliveryStatusChanged;

/**
 * Payloads of the application and delivery events, schema version 1: ids, counts, codes, dates and amounts in öre.
 * No participant's data, no answers to the form and no explanation text (it names the resource person; subscribers
 * who need it read the application through the API, where access is checked).
 */
final class ApplicationEventJson {

    private ApplicationEventJson() {
    }

    static SerializedEvent serialize(ApplicationEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("applicationId", event.applicationId().toString())
                .add("consumerId", event.consumer().toString());
        String type;
        if (event instanceof ApplicationReceived received) {
            type = "ApplicationReceived";
            payload.add("supplierId", received.supplier().toString())
                    .add("offeringId", received.offeringId().toString())
                    .add("offeringVersionId", received.offeringVersionId().toString())
                    .add("participants", received.participants())
                    .add("language", received.language().value())
                    .add("earliestStart", received.earliestStart().toString())
                    .add("urgent", received.urgent());
        } else if (event instanceof ApplicationStatusChanged changed) {
            type = "ApplicationStatusChanged";
            payload.add("previousStatus", changed.previousStatus().name())
                    .add("status", changed.status().name());
            nullable(payload, "reasonCode", changed.reasonCode());
            nullable(payload, "deliveryId", changed.deliveryId() == null ? null : changed.deliveryId().toString());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Application", payload.build().toString());
    }

    static SerializedEvent serialize(DeliveryEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("deliveryId", event.deliveryId().toString());
        String type;
        if (event instanceof DeliveryOpened opened) {
            type = "DeliveryOpened";
            payload.add("offeringVersionId", opened.offeringVersionId().toString())
                    .add("supplierId", opened.supplier().toString())
                    .add("language", opened.language().value())
                    .add("resourceId", opened.resourceId().toString())
                    .add("startsOn", opened.startsOn().toString())
                    .add("lastDay", opened.lastDay().toString())
                    .add("pricePerParticipantOre", opened.pricePerParticipant().ore())
                    .add("costSplitRule", opened.costSplitRule().name());
        } else if (event instanceof DeliverySeatsChanged seats) {
            type = "DeliverySeatsChanged";
            payload.add("applicationId", seats.applicationId().toString())
                    .add("consumerId", seats.consumer().toString())
                    .add("participantsChange", seats.participantsChange())
                    .add("participants", seats.participants());
        } else if (event instanceof DeliveryStatusChanged changed) {
            type = "DeliveryStatusChanged";
            payload.add("previousStatus", changed.previousStatus().name())
                    .add("status", changed.status().name())
                    .add("participants", changed.participants())
                    .add("completedParticipants", changed.completedParticipants());
            nullable(payload, "reason", changed.reason());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Delivery", payload.build().toString());
    }

    private static void nullable(JsonObjectBuilder payload, String field, String value) {
        if (value == null) {
            payload.addNull(field);
        } else {
            payload.add(field, value);
        }
    }
}

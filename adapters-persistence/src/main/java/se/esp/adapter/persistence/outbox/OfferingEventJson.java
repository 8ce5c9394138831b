package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import jakarta.json.JsonObjectBuilder;
import se.esp.domain.offering.OfferingEvent;
import se.esp.domain.offering.OfferingResumed;
import se.esp.domain.offering.OfferingRetired;
import se.esp.domain.offering.OfferingSuspended;
import se.esp.domain.offering.OfferingVersionPublished;

/** Payloads of the offering events, schema version 1. */
final class OfferingEventJson {

    private OfferingEventJson() {
    }

    static SerializedEvent serialize(OfferingEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("offeringId", event.offeringId().toString());
        String type;
        if (event instanceof OfferingVersionPublished published) {
            type = "OfferingVersionPublished";
            payload.add("versionId", published.versionId().toString())
                    .add("versionNumber", published.versionNumber())
                    .add("packagingId", published.packagingId().toString())
                    .add("supplierId", published.supplierId().toString());
        } else if (event instanceof OfferingSuspended suspended) {
            type = "OfferingSuspended";
            payload.add("reason", suspended.reason());
        } else if (event instanceof OfferingResumed) {
            type = "OfferingResumed";
        } else if (event instanceof OfferingRetired retired) {
            type = "OfferingRetired";
            payload.add("reason", retired.reason());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Offering", payload.build().toString());
    }
}

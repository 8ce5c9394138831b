package se.esp.adapter.web.delivery;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.paging.Page;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.ResourceAssignment;

/**
 * The JSON representation of a delivery as the caller may see it: every seat and share for the supplier, the
 * leading resource (no shares) and administrators; a consumer its own seats and share, and the total. Amounts are
 * decimal strings, so no client rounds money through a float.
 */
final class DeliveryJson {

    private DeliveryJson() {
    }

    static JsonObject of(DeliveryView view) {
        Delivery delivery = view.delivery();
        ResourceAssignment resource = delivery.resource();
        JsonObjectBuilder resourceJson = Json.createObjectBuilder()
                .add("resourceId", resource.resource().toString())
                .add("displayName", resource.displayName());
        nullable(resourceJson, "employerOrganisationId", resource.employer() == null ? null
                : resource.employer().toString());
        resourceJson.add("hourlyRate", resource.hourlyRate().toPlainString())
                .add("hours", resource.hours().toPlainString());
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        delivery.sessionSlots().forEach(s -> sessions.add(Json.createObjectBuilder().add("day", s.day().name())
                .add("start", s.start().toString()).add("end", s.end().toString())));
        JsonArrayBuilder seats = Json.createArrayBuilder();
        view.seats().forEach(seat -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("applicationId", seat.application().toString())
                    .add("consumerOrganisationId", seat.consumer().toString())
                    .add("participantId", seat.participant().toString());
            nullable(json, "outcome", seat.outcome() == null ? null : seat.outcome().name());
            seats.add(json);
        });
        JsonArrayBuilder shares = Json.createArrayBuilder();
        view.costShares().forEach(share -> shares.add(Json.createObjectBuilder()
                .add("organisationId", share.organisation().toString())
                .add("amount", share.amount().toPlainString())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", delivery.id().toString())
                .add("offeringVersionId", delivery.offeringVersion().toString())
                .add("supplierOrganisationId", delivery.supplier().toString())
                .add("title", delivery.title())
                .add("language", delivery.language().value())
                .add("resource", resourceJson)
                .add("sessions", sessions)
                .add("startsOn", delivery.startsOn().toString())
                .add("lastDay", delivery.lastDay().toString())
                .add("maxParticipants", delivery.maxParticipants())
                .add("participants", delivery.seats().size())
                .add("pricePerParticipant", delivery.pricePerParticipant().toPlainString())
                .add("price", delivery.price().toPlainString())
                .add("costSplitRule", delivery.costSplitRule().name())
                .add("status", delivery.status().name())
                .add("seats", seats)
                .add("costShares", shares);
        nullable(json, "startedAt", delivery.startedAt().map(Object::toString).orElse(null));
        nullable(json, "completedAt", delivery.completedAt().map(Object::toString).orElse(null));
        nullable(json, "cancelledAt", delivery.cancelledAt().map(Object::toString).orElse(null));
        nullable(json, "cancellationReason", delivery.cancellationReason().orElse(null));
        return json.add("version", delivery.version()).build();
    }

    static JsonObject of(Page<DeliveryView> page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(d -> items.add(of(d)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page.request().page())
                .add("size", page.request().size())
                .add("totalItems", page.totalItems())
                .add("totalPages", page.totalPages())
                .build();
    }

    private static void nullable(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}

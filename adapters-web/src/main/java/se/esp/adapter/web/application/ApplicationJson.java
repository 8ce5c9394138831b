package se.esp.adapter.web.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.paging.Page;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.IdempotencyKey;

/**
 * The JSON representation of applications. The latest decision is under {@code match}: its outcome (the status),
 * the wait reason as a code, the explanation in plain language and the delivery it placed the application in.
 */
final class ApplicationJson {

    private ApplicationJson() {
    }

    static JsonObject of(Application application) {
        JsonArrayBuilder participants = Json.createArrayBuilder();
        for (ApplicationParticipant participant : application.participants()) {
            JsonArrayBuilder groups = Json.createArrayBuilder();
            participant.targetGroups().stream().map(Enum::name).sorted().forEach(groups::add);
            JsonObjectBuilder answers = Json.createObjectBuilder();
            participant.answers().values().forEach(answers::add);
            participants.add(Json.createObjectBuilder()
                    .add("participantId", participant.participant().toString())
                    .add("targetGroups", groups)
                    .add("answers", answers));
        }
        JsonObjectBuilder match = Json.createObjectBuilder().add("status", application.status().name());
        nullable(match, "waitReason", application.waitReason().orElse(null));
        nullable(match, "explanation", application.explanation().orElse(null));
        nullable(match, "deliveryId", application.delivery().map(Object::toString).orElse(null));
        nullable(match, "decidedAt", application.decidedAt().map(Object::toString).orElse(null));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", application.id().toString())
                .add("consumerOrganisationId", application.consumer().toString())
                .add("supplierOrganisationId", application.supplier().toString())
                .add("offeringId", application.offering().toString())
                .add("offeringVersionId", application.offeringVersion().toString())
                .add("language", application.language().value())
                .add("earliestStart", application.earliestStart().toString())
                .add("urgent", application.urgent())
                .add("receivedAt", application.receivedAt().toString())
                .add("submittedBy", application.submittedBy());
        nullable(json, "idempotencyKey", application.idempotencyKey().map(IdempotencyKey::value).orElse(null));
        return json.add("status", application.status().name())
                .add("participants", participants)
                .add("match", match)
                .add("version", application.version())
                .build();
    }

    static JsonObject of(Page<Application> page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(a -> items.add(of(a)));
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

package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceDeclared;
import se.esp.domain.resource.CompetenceRejected;
import se.esp.domain.resource.CompetenceVerified;
import se.esp.domain.resource.ResourceEvent;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceProfileChanged;
import se.esp.domain.resource.ResourceRegistered;
import se.esp.domain.resource.ResourceStatusChanged;

/**
 * Payloads of the resource events, schema version 1. Evidence text stays out of the messages: it may describe a
 * person's diplomas or licences, and subscribers need only the code and the expiry date.
 */
final class ResourceEventJson {

    private ResourceEventJson() {
    }

    static SerializedEvent serialize(ResourceEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("resourceId", event.resourceId().toString());
        String type;
        if (event instanceof ResourceRegistered registered) {
            type = "ResourceRegistered";
            profile(payload, registered.profile());
            payload.add("competences", declarations(registered.competences()));
        } else if (event instanceof ResourceProfileChanged changed) {
            type = "ResourceProfileChanged";
            profile(payload, changed.profile());
        } else if (event instanceof CompetenceDeclared declared) {
            type = "CompetenceDeclared";
            payload.add("code", declared.declaration().code().value())
                    .add("expiresOn", declared.declaration().expiresOn().toString());
        } else if (event instanceof CompetenceVerified verified) {
            type = "CompetenceVerified";
            payload.add("code", verified.code().value())
                    .add("expiresOn", verified.expiresOn().toString())
                    .add("coordinator", verified.coordinator());
        } else if (event instanceof CompetenceRejected rejected) {
            type = "CompetenceRejected";
            payload.add("code", rejected.code().value())
                    .add("coordinator", rejected.coordinator())
                    .add("remark", rejected.remark());
        } else if (event instanceof ResourceStatusChanged changed) {
            type = "ResourceStatusChanged";
            payload.add("previousStatus", changed.previousStatus().name())
                    .add("status", changed.status().name())
                    .add("reason", changed.reason());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Resource", payload.build().toString());
    }

    private static void profile(JsonObjectBuilder payload, ResourceProfile profile) {
        JsonArrayBuilder languages = JSON.createArrayBuilder();
        profile.languages().forEach(l -> languages.add(l.value()));
        JsonArrayBuilder slots = JSON.createArrayBuilder();
        profile.availability().slots().forEach(s -> slots.add(JSON.createObjectBuilder()
                .add("day", s.day().name()).add("start", s.start().toString()).add("end", s.end().toString())));
        payload.add("displayName", profile.displayName())
                .add("languages", languages);
        profile.employerIfAny().ifPresentOrElse(e -> payload.add("employerId", e.toString()),
                () -> payload.addNull("employerId"));
        payload.add("hourlyRate", profile.hourlyRate().toPlainString())
                .add("availability", JSON.createObjectBuilder()
                        .add("slots", slots)
                        .add("maxHoursPerWeek", profile.availability().maxHoursPerWeek()));
    }

    private static JsonArrayBuilder declarations(List<CompetenceDeclaration> declarations) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        declarations.forEach(d -> array.add(JSON.createObjectBuilder()
                .add("code", d.code().value()).add("expiresOn", d.expiresOn().toString())));
        return array;
    }
}

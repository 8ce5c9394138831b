package se.esp.adapter.web.resource;

import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.paging.Page;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceProfile;

/**
 * The JSON representation of resources. Each competence says whether it counts today (verified and before its
 * expiry date), so nobody has to redo that rule in a client.
 */
final class ResourceJson {

    private ResourceJson() {
    }

    static JsonObject of(Resource resource, LocalDate today) {
        ResourceProfile profile = resource.profile();
        JsonArrayBuilder languages = Json.createArrayBuilder();
        profile.languages().forEach(l -> languages.add(l.value()));
        JsonArrayBuilder slots = Json.createArrayBuilder();
        profile.availability().slots().forEach(s -> slots.add(Json.createObjectBuilder()
                .add("day", s.day().name()).add("start", s.start().toString()).add("end", s.end().toString())));
        JsonArrayBuilder competences = Json.createArrayBuilder();
        resource.competences().forEach(c -> competences.add(competence(c, today)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", resource.id().toString())
                .add("personUserId", resource.personUserId())
                .add("displayName", profile.displayName())
                .add("languages", languages);
        profile.employerIfAny().ifPresentOrElse(e -> json.add("employerId", e.toString()),
                () -> json.addNull("employerId"));
        return json.add("hourlyRate", profile.hourlyRate().toPlainString())
                .add("availability", Json.createObjectBuilder()
                        .add("slots", slots)
                        .add("maxHoursPerWeek", profile.availability().maxHoursPerWeek()))
                .add("status", resource.status().name())
                .add("competences", competences)
                .add("version", resource.version())
                .build();
    }

    private static JsonObject competence(Competence competence, LocalDate today) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", competence.code().value())
                .add("evidence", competence.declaration().evidence())
                .add("expiresOn", competence.expiresOn().toString())
                .add("status", competence.status().name())
                .add("countsToday", competence.countsOn(today));
        nullable(json, "decidedBy", competence.decidedBy());
        nullable(json, "decidedAt", competence.decidedAt() == null ? null : competence.decidedAt().toString());
        nullable(json, "remark", competence.remark());
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }

    static JsonObject of(Page<Resource> page, LocalDate today) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(r -> items.add(of(r, today)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page.request().page())
                .add("size", page.request().size())
                .add("totalItems", page.totalItems())
                .add("totalPages", page.totalPages())
                .build();
    }
}

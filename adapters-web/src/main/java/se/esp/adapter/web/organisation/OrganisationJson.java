package se.esp.adapter.web.organisation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.paging.Page;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;

/** The JSON representation of organisations. */
final class OrganisationJson {

    private OrganisationJson() {
    }

    static JsonObject of(Organisation organisation) {
        OrganisationProfile profile = organisation.profile();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        organisation.roles().stream().map(OrganisationRole::name).sorted().forEach(roles::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", organisation.id().toString())
                .add("organisationNumber", organisation.number().formatted())
                .add("name", profile.name().value())
                .add("kind", profile.kind().name());
        profile.populationIfAny().ifPresentOrElse(p -> json.add("population", p.value()),
                () -> json.addNull("population"));
        profile.participationLevelIfAny().ifPresentOrElse(l -> json.add("participationLevel", l.name()),
                () -> json.addNull("participationLevel"));
        return json.add("roles", roles)
                .add("version", organisation.version())
                .build();
    }

    static JsonObject of(Page<Organisation> page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(o -> items.add(of(o)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page.request().page())
                .add("size", page.request().size())
                .add("totalItems", page.totalItems())
                .add("totalPages", page.totalPages())
                .build();
    }
}

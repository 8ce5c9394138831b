package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.domain.organisation.OrganisationEvent;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRegistered;
import se.esp.domain.organisation.OrganisationRolesChanged;
import se.esp.domain.organisation.OrganisationUpdated;

/** Payloads of the organisation events, schema version 1. */
final class OrganisationEventJson {

    private OrganisationEventJson() {
    }

    static SerializedEvent serialize(OrganisationEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("organisationId", event.organisationId().toString());
        String type;
        if (event instanceof OrganisationRegistered registered) {
            type = "OrganisationRegistered";
            payload.add("organisationNumber", registered.organisationNumber().formatted());
            profile(payload, registered.profile());
            payload.add("roles", names(registered.roles()));
        } else if (event instanceof OrganisationUpdated updated) {
            type = "OrganisationUpdated";
            profile(payload, updated.profile());
        } else if (event instanceof OrganisationRolesChanged changed) {
            type = "OrganisationRolesChanged";
            payload.add("previousRoles", names(changed.previousRoles()));
            payload.add("roles", names(changed.roles()));
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Organisation", payload.build().toString());
    }

    private static void profile(JsonObjectBuilder payload, OrganisationProfile profile) {
        payload.add("name", profile.name().value());
        payload.add("kind", profile.kind().name());
        profile.populationIfAny().ifPresentOrElse(p -> payload.add("population", p.value()),
                () -> payload.addNull("population"));
        profile.participationLevelIfAny().ifPresentOrElse(l -> payload.add("participationLevel", l.name()),
                () -> payload.addNull("participationLevel"));
    }

    static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
    }
}

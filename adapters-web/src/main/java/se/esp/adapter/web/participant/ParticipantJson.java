package se.esp.adapter.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.port.in.participant.ParticipantExport;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;

/** The JSON representation of participants and of an export. */
final class ParticipantJson {

    /** Ages are counted in Swedish time: a birthday starts at midnight in Sweden. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ParticipantJson() {
    }

    static JsonObject of(Participant participant, Clock clock) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", participant.id().toString())
                .add("consumerOrganisationId", participant.consumer().toString());
        ParticipantDetails details = participant.detailsIfAny().orElse(null);
        if (details == null) {
            json.add("anonymised", true);
        } else {
            json.add("anonymised", false)
                    .add("name", details.name().value())
                    .add("preferredLanguage", details.preferredLanguage().code());
            details.identityNumberIfAny().ifPresentOrElse(n -> json.add("personalIdentityNumber", n.formatted()),
                    () -> json.addNull("personalIdentityNumber"));
            participant.ageOn(LocalDate.now(clock.withZone(SWEDEN))).ifPresentOrElse(age -> json.add("age", age),
                    () -> json.addNull("age"));
            details.contactIfAny().ifPresentOrElse(c -> {
                if (c.email() != null) {
                    json.add("email", c.email());
                } else {
                    json.addNull("email");
                }
                if (c.phone() != null) {
                    json.add("phone", c.phone());
                } else {
                    json.addNull("phone");
                }
            }, () -> json.addNull("email").addNull("phone"));
        }
        json.add("registeredAt", participant.registeredAt().toString());
        participant.completedAt().ifPresentOrElse(at -> json.add("completedAt", at.toString()),
                () -> json.addNull("completedAt"));
        return json.add("version", participant.version()).build();
    }

    static JsonObject of(ParticipantExport export, Clock clock) {
        JsonArrayBuilder accesses = Json.createArrayBuilder();
        for (PersonalDataAccess access : export.accesses()) {
            JsonObjectBuilder line = Json.createObjectBuilder()
                    .add("at", access.at().toString())
                    .add("userId", access.userId());
            if (access.userOrganisation() == null) {
                line.addNull("userOrganisationId");
            } else {
                line.add("userOrganisationId", access.userOrganisation().toString());
            }
            accesses.add(line.add("useCase", access.useCase())
                    .add("kind", access.kind().name())
                    .add("outcome", access.outcome().name()));
        }
        return Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("participant", of(export.participant(), clock))
                .add("accessLog", accesses)
                .build();
    }
}

package se.esp.adapter.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.ResourceFixtures.AT;
import static se.esp.adapter.persistence.testing.ResourceFixtures.TODAY;
import static se.esp.adapter.persistence.testing.ResourceFixtures.aResource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceEvent;
import se.esp.domain.shared.CompetenceCode;

/**
 * Every resource event's payload has exactly the fields its published JSON Schema requires, so a renamed Java field
 * can never silently change a message. The schemas live in adapters-messaging, beside this module.
 */
class ResourceEventJsonTest {

    private static final Path SCHEMAS = Path.of("..", "adapters-messaging", "src", "main", "resources", "schemas",
            "events");

    @Test
    void everyResourceEventPayloadHasExactlyTheFieldsOfItsSchema() throws IOException {
        var registration = Resource.register(se.esp.domain.resource.ResourceId.newId(), "amina",
                aResource().employedBy(OrganisationId.newId()).speaking("ar", "sv").profile(),
                List.of(new CompetenceDeclaration(new CompetenceCode("study-guidance"), "Degree",
                        LocalDate.parse("2028-01-01"))), AT, TODAY);
        Resource resource = registration.resource();
        List<ResourceEvent> events = new ArrayList<>();
        events.add(registration.event());
        events.add(resource.changeProfile(aResource().named("Amina H.").speaking("ar").profile(), AT));
        events.addAll(resource.verifyCompetence(new CompetenceCode("study-guidance"), "coordinator", null, AT, TODAY));
        events.add(resource.declareCompetence(new CompetenceDeclaration(new CompetenceCode("nurse"), "Licence",
                LocalDate.parse("2029-01-01")), AT, TODAY));
        events.add(resource.rejectCompetence(new CompetenceCode("nurse"), "coordinator", "licence not found", AT));

        List<String> types = new ArrayList<>();
        for (ResourceEvent event : events) {
            SerializedEvent serialized = EventSerializer.serialize(event);
            types.add(serialized.eventType());
            JsonObject schema = read(Files.readString(SCHEMAS.resolve(serialized.eventType() + ".v1.json")));
            JsonObject payload = read(serialized.payloadJson());

            assertThat(serialized.aggregateType()).isEqualTo("Resource");
            assertThat(payload.keySet()).as(serialized.eventType())
                    .containsExactlyInAnyOrderElementsOf(schema.getJsonObject("properties").keySet());
            assertThat(schema.getJsonArray("required").getValuesAs(JsonString::getString))
                    .containsExactlyInAnyOrderElementsOf(payload.keySet());
            assertThat(payload.getString("resourceId")).isEqualTo(resource.id().toString());
        }
        assertThat(types).containsExactly("ResourceRegistered", "ResourceProfileChanged", "CompetenceVerified",
                "ResourceStatusChanged", "CompetenceDeclared", "CompetenceRejected");
    }

    @Test
    void theRegistrationCarriesProfileAndCompetencesButNoEvidence() {
        var registration = Resource.register(se.esp.domain.resource.ResourceId.newId(), "amina",
                aResource().atRate("450.5").speaking("ar").profile(),
                List.of(new CompetenceDeclaration(new CompetenceCode("study-guidance"), "Secret diploma number 123",
                        LocalDate.parse("2028-01-01"))), AT, TODAY);

        SerializedEvent serialized = EventSerializer.serialize(registration.event());
        JsonObject payload = read(serialized.payloadJson());

        assertThat(payload.getString("hourlyRate")).isEqualTo("450.50");
        assertThat(payload.isNull("employerId")).isTrue();
        assertThat(payload.getJsonObject("availability").getJsonArray("slots").getJsonObject(0).getString("day"))
                .isEqualTo("TUESDAY");
        assertThat(payload.getJsonArray("competences").getJsonObject(0).getString("expiresOn")).isEqualTo("2028-01-01");
        assertThat(serialized.payloadJson()).doesNotContain("Secret diploma");
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}

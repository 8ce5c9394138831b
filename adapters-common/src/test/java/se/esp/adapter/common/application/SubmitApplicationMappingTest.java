package se.esp.adapter.common.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.adapter.common.testing.ApiModelRules;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;

/** The one reading of a submission, shared by the REST API and the inbound applications queue. */
class SubmitApplicationMappingTest {

    private static final UUID VERSION = UUID.fromString("3b7e9a52-6c1d-4f0e-9a57-2d8c41f0b6e3");

    @Test
    void readsEveryFieldIntoTheCommandWithAnswersAsTheJsonSaidThem() {
        SubmitApplicationCommand command = SubmitApplicationMapping.read(body("""
                "urgent": true, "participants": [{"name": " Amina Yusuf ", "preferredLanguage": "AR",
                  "personalIdentityNumber": "198112189876", "email": "amina.yusuf@example.se", "phone": null,
                  "targetGroups": ["NEWLY_ARRIVED", "JOB_SEEKERS"],
                  "answers": {"previousEducation": "Gymnasium", "years": 2.50, "interpreter": false, "none": null,
                              "odd": [1]}}]"""), " olofstrom-0042 ");

        assertThat(command.offeringVersion()).isEqualTo(new OfferingVersionId(VERSION));
        assertThat(command.language()).isEqualTo(LanguageCode.of("ar"));
        assertThat(command.earliestStart()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(command.urgent()).isTrue();
        assertThat(command.idempotencyKey()).isEqualTo(new IdempotencyKey("olofstrom-0042"));
        assertThat(command.participants()).singleElement().satisfies(p -> {
            assertThat(p.details().name().value()).isEqualTo("Amina Yusuf");
            assertThat(p.details().preferredLanguage().code()).isEqualTo("ar");
            assertThat(p.details().identityNumber().formatted()).isEqualTo("19811218-9876");
            assertThat(p.details().contact().email()).isEqualTo("amina.yusuf@example.se");
            assertThat(p.targetGroups()).containsExactlyInAnyOrder(TargetGroup.NEWLY_ARRIVED, TargetGroup.JOB_SEEKERS);
            assertThat(p.answers()).containsExactly(Map.entry("previousEducation", RawAnswer.text("Gymnasium")),
                    Map.entry("years", RawAnswer.number("2.50")), Map.entry("interpreter", RawAnswer.bool(false)),
                    Map.entry("odd", new RawAnswer(RawAnswer.Kind.OTHER, "[1]")));
        });
    }

    @Test
    void aMinimalBodyHasNoParticipantsNoKeyAndIsNotUrgent() {
        SubmitApplicationCommand command = SubmitApplicationMapping.read(body("\"urgent\": null, "
                + "\"participants\": null"), "  ");

        assertThat(command.participants()).isEmpty();
        assertThat(command.urgent()).isFalse();
        assertThat(command.idempotencyKey()).isNull();
    }

    @Test
    void namesEveryRefusedFieldByItsPathAtOnce() {
        assertThat(violations("""
                {"offeringVersionId": "v1", "language": "xx", "earliestStart": "1899-12-31", "urgent": "yes",
                 "participants": [{"preferredLanguage": "ar", "targetGroups": ["MARTIANS"], "answers": [1],
                                   "personalIdentityNumber": "19811218-9875", "shoeSize": 42},
                                  {"name": "B", "preferredLanguage": "arabic", "email": "not-an-address",
                                   "phone": "call me"}],
                 "priority": "high"}""", "has spaces"))
                .containsExactlyInAnyOrder("offeringVersionId INVALID_FORMAT", "language UNKNOWN_VALUE",
                        "earliestStart OUT_OF_RANGE", "urgent INVALID_FORMAT", "participants[0].name REQUIRED",
                        "participants[0].targetGroups[0] UNKNOWN_VALUE", "participants[0].answers INVALID_FORMAT",
                        "participants[0].personalIdentityNumber INVALID_CHECK_DIGIT",
                        "participants[0].shoeSize NOT_ALLOWED", "participants[1].preferredLanguage UNKNOWN_VALUE",
                        "participants[1].email INVALID_FORMAT", "participants[1].phone INVALID_FORMAT",
                        "priority NOT_ALLOWED", "idempotencyKey INVALID_FORMAT");
    }

    @Test
    void aParticipantAfterARefusedElementIsNamedByItsOwnPlaceInTheBody() {
        assertThat(violations(body("\"participants\": [42, null, {\"name\": \"\", \"preferredLanguage\": \"ar\"}]"),
                null)).containsExactlyInAnyOrder("participants[0] INVALID_FORMAT", "participants[1] REQUIRED",
                "participants[2].name REQUIRED");
    }

    @Test
    void aBlankContactIsNamedAsTheParticipantsContact() {
        assertThat(violations(body("\"participants\": [{\"name\": \"A\", \"preferredLanguage\": \"ar\","
                + " \"email\": \" \"}]"), null)).containsExactly("participants[0].contact REQUIRED");
    }

    @Test
    void enforcesTheBoundsTheModelStates() {
        assertThat(violations(body("\"participants\": [{\"name\": \"" + "x".repeat(201) + "\", \"preferredLanguage\":"
                + " \"ar\", \"email\": \"" + "a".repeat(250) + "@example.se\", \"answers\": {"
                + String.join(", ", java.util.stream.IntStream.range(0, 101).mapToObj(i -> "\"q" + i + "\": 1")
                .toList()) + "}}]"), null))
                .containsExactlyInAnyOrder("participants[0].name TOO_LONG", "participants[0].email TOO_LONG",
                        "participants[0].answers TOO_LONG");
        assertThat(ApplicantRequest.MAX_TARGET_GROUPS).isGreaterThanOrEqualTo(TargetGroup.values().length);
    }

    @Test
    void aBodyThatIsNotOneJsonObjectWithinBoundsIsMalformed() {
        for (String body : new String[] {"", "  ", "not json", "[1]", "{\"language\": \"ar\"} trailing",
                "{\"language\": \"ar\", \"language\": \"so\"}", "{\"a\": ".repeat(40) + "1" + "}".repeat(40)}) {
            assertThatThrownBy(() -> SubmitApplicationMapping.read(body, null)).as(body)
                    .isInstanceOf(MalformedJsonException.class);
        }
    }

    @Test
    void theSharedModelsAreFullyDescribed() {
        assertThat(ApiModelRules.brokenRules(SubmitApplicationRequest.class)).isEmpty();
        assertThat(ApiModelRules.models(SubmitApplicationRequest.class))
                .contains(SubmitApplicationRequest.class, ApplicantRequest.class);
    }

    private static Set<String> violations(String body, String key) {
        try {
            SubmitApplicationMapping.read(body, key);
            throw new AssertionError("accepted: " + body);
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + " " + v.code())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String body(String more) {
        return "{\"offeringVersionId\": \"" + VERSION + "\", \"language\": \"ar\", \"earliestStart\": \"2026-12-07\", "
                + more + "}";
    }
}

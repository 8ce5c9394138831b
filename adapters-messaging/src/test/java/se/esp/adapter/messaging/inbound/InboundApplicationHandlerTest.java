package se.esp.adapter.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Violation;

/**
 * What the handler makes of a body before the use case: the shared reading's refusals become dead-letter reasons,
 * and a body over the bound is refused unread. (The whole queue, with the real use case, is tested in bootstrap.)
 */
class InboundApplicationHandlerTest {

    private static final ActingUser CASE_OFFICER = new ActingUser("olofstrom-handlaggare", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));

    private final AtomicInteger submissions = new AtomicInteger();
    private final SubmitApplicationUseCase submit = (actor, command) -> {
        submissions.incrementAndGet();
        throw new AssertionError("the use case is not reached");
    };
    private final InboundApplicationHandler handler = new InboundApplicationHandler(submit, token -> CASE_OFFICER);

    @Test
    void aBodyThatIsNotOneJsonObjectWithinTheStrictBoundsIsMalformed() {
        String valid = "{\"offeringVersionId\": \"3b7e9a52-6c1d-4f0e-9a57-2d8c41f0b6e3\", \"language\": \"ar\", "
                + "\"earliestStart\": \"2026-12-07\"";
        for (String body : new String[] {"", "not json", "[1]", valid + "} {}", valid + ", \"language\": \"so\"}",
                valid + ", \"urgent\": 1e999999999}", "{\"a\": ".repeat(40) + "1" + "}".repeat(40)}) {
            assertThat(handle(body)).as(body).extracting(Rejected::reason).isEqualTo(DeadLetterReason.MALFORMED_JSON);
        }
        assertThat(handle(valid + ", \"language\": \"so\"}").detail()).contains("'language' appears more than once");
        assertThat(submissions).hasValue(0);
    }

    @Test
    void aBodyOverTheBoundIsRefusedBeforeItIsRead() {
        String huge = "{\"padding\": \"" + "x".repeat(InboundApplicationHandler.MAX_BODY_LENGTH) + "\"}";

        Rejected rejected = handle(huge);

        assertThat(rejected.reason()).isEqualTo(DeadLetterReason.MALFORMED_JSON);
        assertThat(rejected.detail()).contains("longer than " + InboundApplicationHandler.MAX_BODY_LENGTH);
        assertThat(submissions).hasValue(0);
    }

    @Test
    void aBodyThatIsNotASubmissionNamesEveryFieldAsTheRestApiDoes() {
        Rejected rejected = handle("""
                {"offeringVersionId": "v1", "language": "ar", "earliestStart": "2026-12-07",
                 "participants": [{"name": "Amina Yusuf", "preferredLanguage": "ar", "shoeSize": 42}]}""");

        assertThat(rejected.reason()).isEqualTo(DeadLetterReason.SCHEMA_VIOLATION);
        assertThat(rejected.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("offeringVersionId", "participants[0].shoeSize");
        assertThat(submissions).hasValue(0);
    }

    private Rejected handle(String body) {
        return (Rejected) handler.handle(new InboundMessage(body, Map.of(InboundApplicationHandler.AUTHORIZATION,
                "Bearer token"), "ID:1", null));
    }
}

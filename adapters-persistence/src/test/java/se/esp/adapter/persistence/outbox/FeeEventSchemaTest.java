package se.esp.adapter.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeAgreementEnded;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeRatesChanged;
import se.esp.domain.fee.FeeScheduleEstablished;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.JointCostCancelled;
import se.esp.domain.fee.JointCostRecorded;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.MembershipStarted;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.PartnershipAgreed;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectRegistered;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.project.ScalingProjectStatusChanged;
import se.esp.domain.settlement.SettlementPeriodClosed;
import se.esp.domain.settlement.SettlementPeriodSettled;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.Money;

/**
 * Every fee, project and settlement event's payload has exactly the top-level fields its published JSON Schema
 * (in adapters-messaging) lists, so the schemas and the serializer cannot drift apart unnoticed.
 */
class FeeEventSchemaTest {

    private static final Path SCHEMAS = Path.of("../adapters-messaging/src/main/resources/schemas/events");
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void everyPayloadHasExactlyTheFieldsOfItsSchema() throws IOException {
        FeeScheduleId schedule = FeeScheduleId.newId();
        RatesVersion rates = new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026));
        OrganisationId organisation = OrganisationId.newId();
        List<DomainEvent> events = List.of(
                new FeeScheduleEstablished(UUID.randomUUID(), AT, schedule, rates),
                new FeeRatesChanged(UUID.randomUUID(), AT, schedule, rates),
                new PartnershipAgreed(UUID.randomUUID(), AT, schedule, new Partnership(FeeItemId.newId(), organisation,
                        Money.ofKronor(1), BillingPeriod.YEAR, LocalDate.of(2026, 1, 1), null)),
                new MembershipStarted(UUID.randomUUID(), AT, schedule, new Membership(FeeItemId.newId(), organisation,
                        LocalDate.of(2026, 1, 1), null)),
                new FeeAgreementEnded(UUID.randomUUID(), AT, schedule, FeeItemId.newId(),
                        FeeAgreementEnded.Kind.MEMBERSHIP, LocalDate.of(2026, 12, 31)),
                new JointCostRecorded(UUID.randomUUID(), AT, schedule, new JointCost(FeeItemId.newId(), "Joint",
                        Money.ofKronor(1), CostKey.EQUALLY, List.of(new CostShare(organisation, 0)),
                        YearMonth.of(2026, 11), null)),
                new JointCostCancelled(UUID.randomUUID(), AT, schedule, FeeItemId.newId(), LocalDate.of(2026, 11, 2)),
                new ScalingProjectRegistered(UUID.randomUUID(), AT, ScalingProjectId.newId(), organisation, "P",
                        Money.ofKronor(1)),
                new ScalingProjectStatusChanged(UUID.randomUUID(), AT, ScalingProjectId.newId(),
                        ScalingProjectStatus.PROPOSED, ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 11, 2)),
                new SettlementPeriodSettled(UUID.randomUUID(), AT, YearMonth.of(2026, 11), 1, 7, Money.ofKronor(975)),
                new SettlementPeriodClosed(UUID.randomUUID(), AT, YearMonth.of(2026, 11), 1,
                        Map.of(organisation, Money.ofKronor(-5))));

        for (DomainEvent event : events) {
            SerializedEvent serialized = EventSerializer.serialize(event);
            JsonObject schema = read(Files.readString(SCHEMAS.resolve(serialized.eventType() + ".v"
                    + serialized.schemaVersion() + ".json")));
            JsonObject payload = read(serialized.payloadJson());
            List<String> required = schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            assertThat(payload.keySet()).as(serialized.eventType()).containsExactlyInAnyOrderElementsOf(required);
            assertThat(schema.getJsonObject("properties").keySet()).as(serialized.eventType())
                    .containsExactlyInAnyOrderElementsOf(required);
        }
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}

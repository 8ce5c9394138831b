package se.esp.adapter.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingResumed;
import se.esp.domain.offering.OfferingRetired;
import se.esp.domain.offering.OfferingSuspended;
import se.esp.domain.offering.OfferingVersionPublished;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.PackagingApproved;
import se.esp.domain.packaging.PackagingCreated;
import se.esp.domain.packaging.PackagingEdited;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingPublished;
import se.esp.domain.packaging.PackagingRejected;
import se.esp.domain.packaging.PackagingReturned;
import se.esp.domain.packaging.PackagingReviewStarted;
import se.esp.domain.packaging.PackagingRevisionStarted;
import se.esp.domain.packaging.PackagingSubmitted;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewChecklistChanged;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.OfferingVersionId;

/** Every packaging, checklist and offering event leaves with its type, aggregate and the fields its schema names. */
class PackagingAndOfferingEventsTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final PackagingId PACKAGING = PackagingId.newId();
    private static final OfferingId OFFERING = OfferingId.newId();

    @Test
    void serializesEveryEventWithItsEnvelopeAndPayload() {
        List<DomainEvent> events = List.of(
                new PackagingCreated(UUID.randomUUID(), AT, PACKAGING, 1, OrganisationId.newId()),
                new PackagingEdited(UUID.randomUUID(), AT, PACKAGING, 1),
                new PackagingSubmitted(UUID.randomUUID(), AT, PACKAGING, 1),
                new PackagingReviewStarted(UUID.randomUUID(), AT, PACKAGING, 1, "coordinator"),
                new PackagingReturned(UUID.randomUUID(), AT, PACKAGING, 1, "coordinator",
                        List.of(CriterionAssessment.fail("accessibility", "Textning saknas"))),
                new PackagingApproved(UUID.randomUUID(), AT, PACKAGING, 1, "coordinator"),
                new PackagingRejected(UUID.randomUUID(), AT, PACKAGING, 1, "coordinator", "Dubblett"),
                new PackagingPublished(UUID.randomUUID(), AT, PACKAGING, 1),
                new PackagingRevisionStarted(UUID.randomUUID(), AT, PACKAGING, 2),
                new ReviewChecklistChanged(UUID.randomUUID(), AT, ReviewChecklist.seeded().criteria()),
                new OfferingVersionPublished(UUID.randomUUID(), AT, OFFERING, OfferingVersionId.newId(), 1, PACKAGING,
                        OrganisationId.newId()),
                new OfferingSuspended(UUID.randomUUID(), AT, OFFERING, "Paus"),
                new OfferingResumed(UUID.randomUUID(), AT, OFFERING),
                new OfferingRetired(UUID.randomUUID(), AT, OFFERING, "Ersatt"));
        InMemoryEventOutbox outbox = new InMemoryEventOutbox();
        outbox.appendAll(events);

        Map<String, OutboxEntry> byType = outbox.unpublished(100).stream()
                .collect(Collectors.toMap(OutboxEntry::eventType, e -> e));

        assertThat(byType).hasSize(14);
        assertThat(byType.get("PackagingReturned").aggregateType()).isEqualTo("Packaging");
        assertThat(byType.get("PackagingReturned").aggregateId()).isEqualTo(PACKAGING.toString());
        assertThat(payload(byType.get("PackagingReturned")).getJsonArray("failed").getJsonObject(0)
                .getString("remark")).isEqualTo("Textning saknas");
        assertThat(payload(byType.get("PackagingCreated")).keySet())
                .containsExactlyInAnyOrder("packagingId", "draftNumber", "supplierId");
        assertThat(payload(byType.get("ReviewChecklistChanged")).getJsonArray("criteria")).hasSize(7);
        assertThat(byType.get("OfferingVersionPublished").aggregateType()).isEqualTo("Offering");
        assertThat(payload(byType.get("OfferingVersionPublished")).keySet()).containsExactlyInAnyOrder(
                "offeringId", "versionId", "versionNumber", "packagingId", "supplierId");
        assertThat(payload(byType.get("OfferingRetired")).getString("reason")).isEqualTo("Ersatt");
    }

    private static JsonObject payload(OutboxEntry entry) {
        return Json.createReader(new StringReader(entry.payloadJson())).readObject();
    }
}

package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.PackagingApproved;
import se.esp.domain.packaging.PackagingCreated;
import se.esp.domain.packaging.PackagingEdited;
import se.esp.domain.packaging.PackagingEvent;
import se.esp.domain.packaging.PackagingPublished;
import se.esp.domain.packaging.PackagingRejected;
import se.esp.domain.packaging.PackagingReturned;
import se.esp.domain.packaging.PackagingReviewStarted;
import se.esp.domain.packaging.PackagingRevisionStarted;
import se.esp.domain.packaging.PackagingSubmitted;
import se.esp.domain.packaging.ReviewChecklistChanged;

/**
 * Payloads of the packaging events and of the checklist change, schema version 1. They say what happened, not
 * the content: a consumer that needs the content reads the packaging or the offering version.
 */
final class PackagingEventJson {

    private PackagingEventJson() {
    }

    static SerializedEvent serialize(PackagingEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("packagingId", event.packagingId().toString())
                .add("draftNumber", event.draftNumber());
        String type;
        if (event instanceof PackagingCreated created) {
            type = "PackagingCreated";
            payload.add("supplierId", created.supplierId().toString());
        } else if (event instanceof PackagingEdited) {
            type = "PackagingEdited";
        } else if (event instanceof PackagingSubmitted) {
            type = "PackagingSubmitted";
        } else if (event instanceof PackagingReviewStarted started) {
            type = "PackagingReviewStarted";
            payload.add("reviewerId", started.reviewerId());
        } else if (event instanceof PackagingApproved approved) {
            type = "PackagingApproved";
            payload.add("reviewerId", approved.reviewerId());
        } else if (event instanceof PackagingReturned returned) {
            type = "PackagingReturned";
            JsonArrayBuilder failed = JSON.createArrayBuilder();
            for (CriterionAssessment assessment : returned.failed()) {
                failed.add(JSON.createObjectBuilder().add("criterion", assessment.criterion())
                        .add("remark", assessment.remark()));
            }
            payload.add("reviewerId", returned.reviewerId()).add("failed", failed);
        } else if (event instanceof PackagingRejected rejected) {
            type = "PackagingRejected";
            payload.add("reviewerId", rejected.reviewerId()).add("reason", rejected.reason());
        } else if (event instanceof PackagingPublished) {
            type = "PackagingPublished";
        } else if (event instanceof PackagingRevisionStarted) {
            type = "PackagingRevisionStarted";
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Packaging", payload.build().toString());
    }

    static SerializedEvent serialize(ReviewChecklistChanged event) {
        JsonArrayBuilder criteria = JSON.createArrayBuilder();
        event.criteria().forEach(c -> criteria.add(JSON.createObjectBuilder().add("key", c.key())
                .add("label", ContentJson.texts(c.label()))));
        return new SerializedEvent("ReviewChecklistChanged", 1, "ReviewChecklist",
                JSON.createObjectBuilder().add("criteria", criteria).build().toString());
    }
}

package se.esp.adapter.web.packaging;

import java.util.OptionalInt;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.paging.Page;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.DeliveryCost;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Sale;
import se.esp.domain.packaging.VariantCosting;
import se.esp.domain.shared.Money;

/** The JSON representations of packagings, their costing and the review checklist. */
final class PackagingJson {

    /** What a client may send back unchanged in a PUT; read-only, so ignored. */
    static final String[] READ_ONLY_FIELDS = {"id", "supplierId", "status", "draftNumber", "version", "createdAt",
        "changedAt", "reviews", "missingForReview"};

    private PackagingJson() {
    }

    static JsonObject of(Packaging packaging) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", packaging.id().toString())
                .add("supplierId", packaging.supplier().toString())
                .add("status", packaging.status().name())
                .add("draftNumber", packaging.draftNumber())
                .add("version", packaging.version())
                .add("createdAt", packaging.createdAt().toString())
                .add("changedAt", packaging.changedAt().toString());
        ContentJson.write(packaging.content(), o);
        JsonArrayBuilder missing = Json.createArrayBuilder();
        packaging.content().missingForReview().forEach(v -> missing.add(v.field()));
        JsonArrayBuilder reviews = Json.createArrayBuilder();
        for (Review review : packaging.reviews()) {
            JsonObjectBuilder r = Json.createObjectBuilder().add("draftNumber", review.draftNumber())
                    .add("reviewerId", review.reviewerId()).add("startedAt", review.startedAt().toString());
            optional(r, "reviewerOrganisationId", review.reviewerOrganisation());
            optional(r, "decidedAt", review.decidedAt());
            optional(r, "outcome", review.outcome() == null ? null : review.outcome().name());
            optional(r, "reason", review.reason());
            JsonArrayBuilder assessments = Json.createArrayBuilder();
            for (CriterionAssessment a : review.assessments()) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("criterion", a.criterion())
                        .add("passed", a.passed());
                optional(item, "remark", a.remark());
                assessments.add(item);
            }
            reviews.add(r.add("assessments", assessments));
        }
        return o.add("missingForReview", missing).add("reviews", reviews).build();
    }

    static JsonObject of(Page<Packaging> page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(p -> items.add(Json.createObjectBuilder()
                .add("id", p.id().toString())
                .add("supplierId", p.supplier().toString())
                .add("status", p.status().name())
                .add("draftNumber", p.draftNumber())
                .add("titles", ContentJson.texts(p.content().titles()))
                .add("version", p.version())
                .add("changedAt", p.changedAt().toString())));
        return Json.createObjectBuilder().add("items", items).add("page", page.request().page())
                .add("size", page.request().size()).add("totalItems", page.totalItems())
                .add("totalPages", page.totalPages()).build();
    }

    static JsonObject of(CostingReport report) {
        return Json.createObjectBuilder()
                .add("groupSize", report.groupSize())
                .add("transactionFeePercent", report.feeRate().percent())
                .add("pricePerParticipant", report.pricePerParticipant().toKronor())
                .add("digital", variant(report.digital()))
                .add("physical", variant(report.physical()))
                .build();
    }

    static JsonObject of(ReviewChecklist checklist) {
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        checklist.criteria().forEach(c -> criteria.add(Json.createObjectBuilder().add("key", c.key())
                .add("label", ContentJson.texts(c.label()))));
        return Json.createObjectBuilder().add("version", checklist.version()).add("criteria", criteria).build();
    }

    private static JsonObjectBuilder variant(VariantCosting costing) {
        DeliveryCost cost = costing.cost();
        Sale sale = costing.sale();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("resourceHours", cost.resourceHours())
                .add("hourlyRate", kronor(cost.hourlyRate()))
                .add("resourceCost", kronor(cost.resourceCost()))
                .add("materials", kronor(cost.materials()))
                .add("licences", kronor(cost.licences()))
                .add("premises", kronor(cost.premises()))
                .add("costPerDelivery", kronor(cost.total()))
                .add("costPerParticipant", kronor(costing.costPerParticipant()))
                .add("coveringPricePerParticipant", kronor(costing.coveringPricePerParticipant()))
                .add("sale", Json.createObjectBuilder()
                        .add("participants", sale.participants())
                        .add("revenue", kronor(sale.revenue()))
                        .add("transactionFee", kronor(sale.transactionFee()))
                        .add("supplierNet", kronor(sale.supplierNet()))
                        .add("margin", kronor(sale.margin())));
        OptionalInt breakEven = costing.breakEvenGroupSize();
        if (breakEven.isPresent()) {
            o.add("breakEvenGroupSize", breakEven.getAsInt());
        } else {
            o.addNull("breakEvenGroupSize");
        }
        return o;
    }

    private static java.math.BigDecimal kronor(Money money) {
        return money.toKronor();
    }

    private static void optional(JsonObjectBuilder o, String field, Object value) {
        if (value == null) {
            o.addNull(field);
        } else {
            o.add(field, value.toString());
        }
    }
}

package se.esp.adapter.web.packaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.packaging.ContentModels.ComponentView;
import se.esp.adapter.web.packaging.ContentModels.Content;
import se.esp.adapter.web.packaging.ContentModels.CostModelView;
import se.esp.adapter.web.packaging.ContentModels.EligibilityView;
import se.esp.adapter.web.packaging.ContentModels.FormFieldView;
import se.esp.adapter.web.packaging.ContentModels.GroupSizeView;
import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.Publication;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.packaging.ChangeKind;
import se.esp.domain.packaging.ContentChange;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.DeliveryCost;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.packaging.ReviewOutcome;
import se.esp.domain.packaging.Sale;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosting;

/**
 * The packaging API's request and response models besides the content ({@link ContentModels}): the review's
 * verdict and rejection, the checklist, and what every packaging endpoint answers. What the JSON binding reads and
 * writes and what the OpenAPI document describes, from the same records.
 */
final class PackagingModels {

    /** What a client may send back unchanged in a PUT from what it read; read-only, so ignored. */
    static final String[] READ_ONLY_FIELDS = {"id", "supplierId", "status", "draftNumber", "version", "createdAt",
        "changedAt", "reviews", "missingForReview"};

    private PackagingModels() {
    }

    // ---------------------------------------------------------------------------------------------------- requests

    @Schema(name = "PackagingVerdict", description = "A reviewer's verdict on every criterion of the checklist: all "
            + "passed approves the packaging, any failed returns it to the supplier with the remarks",
            additionalProperties = Schema.False.class)
    record VerdictRequest(
            @Schema(required = true, maxItems = ReviewChecklist.MAX_CRITERIA,
                    description = "One per criterion of the checklist, each criterion once")
            List<AssessmentRequest> assessments) {
    }

    @Schema(name = "CriterionAssessmentInput", description = "The verdict on one criterion",
            additionalProperties = Schema.False.class)
    record AssessmentRequest(
            @Schema(required = true, minLength = 1, example = "accessibility",
                    description = "The criterion's key in the checklist") String criterion,
            @Schema(required = true, example = "false") Boolean passed,
            @Schema(maxLength = CriterionAssessment.MAX_REMARK_LENGTH, example = "Textning saknas i filmerna.",
                    description = "What the supplier should change; required when the criterion failed")
            String remark) {
    }

    @Schema(name = "PackagingRejection", description = "Why a packaging under review is rejected for good",
            additionalProperties = Schema.False.class)
    record RejectionRequest(
            @Schema(required = true, minLength = 1, maxLength = Packaging.MAX_REASON_LENGTH,
                    example = "Tjänsten finns redan som erbjudande från samma leverantör.")
            String reason) {
    }

    @Schema(name = "ReplaceReviewChecklist", description = "The criteria every review judges from now on; reviews "
            + "already decided keep their verdicts. The version a GET answered may be sent back and is ignored "
            + "(If-Match carries it).", additionalProperties = Schema.False.class)
    record ChecklistRequest(
            @Schema(required = true, maxItems = ReviewChecklist.MAX_CRITERIA,
                    description = "At least one; each key once") List<CriterionRequest> criteria) {
    }

    @Schema(name = "ReviewCriterionInput", additionalProperties = Schema.False.class)
    record CriterionRequest(
            @Schema(required = true, example = "accessibility", description = "A stable key: 2-60 lower-case "
                    + "letters, digits and hyphens, starting with a letter")
            String key,
            @Schema(description = "The wording per language (text of at most 500 characters); at least one",
                    example = "{\"sv\": \"Tillgänglighet\", \"en\": \"Accessibility\"}")
            Map<String, String> label) {
    }

    // --------------------------------------------------------------------------------------------------- responses

    @Schema(name = "Packaging", description = "A packaging: its state, its content (the fields a PUT sends), what "
            + "it lacks for review and every review it had", additionalProperties = Schema.False.class)
    record PackagingView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid", description = "The supplier organisation") String supplierId,
            @Schema(required = true) PackagingStatus status,
            @Schema(required = true, example = "1", description = "Counts the drafts reviewed; a revision starts "
                    + "the next") int draftNumber,
            @Schema(required = true, example = "3", description = "The version; also the ETag, sent back in "
                    + "If-Match to change it") long version,
            @Schema(required = true, format = "date-time") Instant createdAt,
            @Schema(required = true, format = "date-time") Instant changedAt,
            @Schema(required = true, example = "{\"sv\": \"Studievägledning online på arabiska\", "
                    + "\"en\": \"Study guidance online, Arabic\"}") Map<String, String> titles,
            @Schema(required = true) Map<String, String> descriptions,
            @Schema(required = true, nullable = true) Phase phase,
            @Schema(required = true, nullable = true) ServiceArea serviceArea,
            @Schema(required = true) List<TargetGroup> targetGroups,
            @Schema(required = true, nullable = true) DeliveryMode deliveryMode,
            @Schema(required = true, example = "[\"ar\"]") List<String> deliveryLanguages,
            @Schema(required = true) List<ComponentView> components,
            @Schema(required = true, nullable = true) GroupSizeView groupSize,
            @Schema(required = true, nullable = true, description = "null: anybody") EligibilityView eligibility,
            @Schema(required = true) List<FormFieldView> applicationForm,
            @Schema(required = true) boolean identityNumberRequired,
            @Schema(required = true, nullable = true, description = "null: one a week") Integer sessionsPerWeek,
            @Schema(required = true) CostSplitRule costSplitRule,
            @Schema(required = true, example = "[\"care-assistant-1\"]") List<String> microCredentials,
            @Schema(required = true, nullable = true) CostModelView costModel,
            @Schema(required = true, nullable = true, format = "decimal", example = "6500.00",
                    description = "Kronor per participant") String pricePerParticipant,
            @Schema(required = true, example = "[\"descriptions.en\", \"pricePerParticipant\"]",
                    description = "The fields review needs that are not there yet; empty when it can be submitted")
            List<String> missingForReview,
            @Schema(required = true, description = "Every review, oldest first") List<ReviewView> reviews) {

        static PackagingView of(Packaging packaging) {
            Content c = Content.of(packaging.content());
            return new PackagingView(packaging.id().toString(), packaging.supplier().toString(), packaging.status(),
                    packaging.draftNumber(), packaging.version(), packaging.createdAt(), packaging.changedAt(),
                    c.titles(), c.descriptions(), c.phase(), c.serviceArea(), c.targetGroups(), c.deliveryMode(),
                    c.deliveryLanguages(), c.components(), c.groupSize(), c.eligibility(), c.applicationForm(),
                    c.identityNumberRequired(), c.sessionsPerWeek(), c.costSplitRule(), c.microCredentials(),
                    c.costModel(), c.pricePerParticipant(),
                    packaging.content().missingForReview().stream().map(v -> v.field()).toList(),
                    packaging.reviews().stream().map(ReviewView::of).toList());
        }
    }

    @Schema(name = "PackagingReview", description = "One review of one draft", additionalProperties = Schema.False.class)
    record ReviewView(
            @Schema(required = true, example = "1") int draftNumber,
            @Schema(required = true, description = "The user who took it up, or decided it") String reviewerId,
            @Schema(required = true, format = "date-time") Instant startedAt,
            @Schema(required = true, nullable = true, format = "uuid") String reviewerOrganisationId,
            @Schema(required = true, nullable = true, format = "date-time", description = "null while open")
            Instant decidedAt,
            @Schema(required = true, nullable = true, description = "null while open") ReviewOutcome outcome,
            @Schema(required = true, nullable = true, description = "Why it was rejected; null otherwise")
            String reason,
            @Schema(required = true, description = "Empty while open and for a rejection")
            List<AssessmentView> assessments) {

        static ReviewView of(Review review) {
            return new ReviewView(review.draftNumber(), review.reviewerId(), review.startedAt(),
                    review.reviewerOrganisation() == null ? null : review.reviewerOrganisation().toString(),
                    review.decidedAt(), review.outcome(), review.reason(),
                    review.assessments().stream().map(AssessmentView::of).toList());
        }
    }

    @Schema(name = "CriterionAssessment", additionalProperties = Schema.False.class)
    record AssessmentView(
            @Schema(required = true, example = "accessibility") String criterion,
            @Schema(required = true) boolean passed,
            @Schema(required = true, nullable = true, example = "Textning saknas i filmerna.") String remark) {

        static AssessmentView of(CriterionAssessment assessment) {
            return new AssessmentView(assessment.criterion(), assessment.passed(), assessment.remark());
        }
    }

    @Schema(name = "PackagingSummary", description = "A packaging in a list", additionalProperties = Schema.False.class)
    record PackagingSummary(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String supplierId,
            @Schema(required = true) PackagingStatus status,
            @Schema(required = true, example = "1") int draftNumber,
            @Schema(required = true, example = "{\"sv\": \"Studievägledning online på arabiska\", "
                    + "\"en\": \"Study guidance online, Arabic\"}") Map<String, String> titles,
            @Schema(required = true, example = "3") long version,
            @Schema(required = true, format = "date-time") Instant changedAt) {

        static PackagingSummary of(Packaging packaging) {
            return new PackagingSummary(packaging.id().toString(), packaging.supplier().toString(),
                    packaging.status(), packaging.draftNumber(), ContentModels.texts(packaging.content().titles()),
                    packaging.version(), packaging.changedAt());
        }
    }

    @Schema(name = "PackagingPage", description = "One page of packagings, oldest first",
            additionalProperties = Schema.False.class)
    record PackagingPage(
            @Schema(required = true) List<PackagingSummary> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static PackagingPage of(Page<Packaging> page) {
            return Paging.envelope(page, PackagingSummary::of, PackagingPage::new);
        }
    }

    @Schema(name = "PackagingCosting", description = "What a delivery costs at one group size, both variants side "
            + "by side, with the transaction fee; amounts in kronor", additionalProperties = Schema.False.class)
    record CostingView(
            @Schema(required = true, example = "8") int groupSize,
            @Schema(required = true, example = "5", description = "The platform's transaction fee in force, in "
                    + "percent of a sold delivery") BigDecimal transactionFeePercent,
            @Schema(required = true, format = "decimal", example = "1200.00",
                    description = "The price tested: the packaging's own, or the one asked for")
            String pricePerParticipant,
            @Schema(required = true) VariantCostingView digital,
            @Schema(required = true) VariantCostingView physical) {

        static CostingView of(CostingReport report) {
            return new CostingView(report.groupSize(), report.feeRate().percent(),
                    report.pricePerParticipant().toPlainString(), VariantCostingView.of(report.digital()),
                    VariantCostingView.of(report.physical()));
        }
    }

    @Schema(name = "PackagingVariantCosting", description = "One variant at one group size",
            additionalProperties = Schema.False.class)
    record VariantCostingView(
            @Schema(required = true, example = "17", description = "Resource hours of one delivery")
            BigDecimal resourceHours,
            @Schema(required = true, format = "decimal", example = "450.00") String hourlyRate,
            @Schema(required = true, format = "decimal", example = "7650.00") String resourceCost,
            @Schema(required = true, format = "decimal", example = "300.00") String materials,
            @Schema(required = true, format = "decimal", example = "1200.00") String licences,
            @Schema(required = true, format = "decimal", example = "0.00") String premises,
            @Schema(required = true, format = "decimal", example = "9150.00") String costPerDelivery,
            @Schema(required = true, format = "decimal", example = "1143.75") String costPerParticipant,
            @Schema(required = true, format = "decimal", example = "1203.95",
                    description = "The lowest price per participant that covers the cost after the transaction fee")
            String coveringPricePerParticipant,
            @Schema(required = true) SaleView sale,
            @Schema(required = true, nullable = true, example = "9",
                    description = "The smallest group that breaks even at the price; null: none does")
            Integer breakEvenGroupSize) {

        static VariantCostingView of(VariantCosting costing) {
            DeliveryCost cost = costing.cost();
            return new VariantCostingView(cost.resourceHours(), cost.hourlyRate().toPlainString(),
                    cost.resourceCost().toPlainString(), cost.materials().toPlainString(),
                    cost.licences().toPlainString(), cost.premises().toPlainString(), cost.total().toPlainString(),
                    costing.costPerParticipant().toPlainString(),
                    costing.coveringPricePerParticipant().toPlainString(), SaleView.of(costing.sale()),
                    costing.breakEvenGroupSize().isPresent() ? costing.breakEvenGroupSize().getAsInt() : null);
        }
    }

    @Schema(name = "PackagingSale", description = "One delivery sold at the price per participant",
            additionalProperties = Schema.False.class)
    record SaleView(
            @Schema(required = true, example = "8") int participants,
            @Schema(required = true, format = "decimal", example = "9600.00") String revenue,
            @Schema(required = true, format = "decimal", example = "480.00") String transactionFee,
            @Schema(required = true, format = "decimal", example = "9120.00") String supplierNet,
            @Schema(required = true, format = "decimal", example = "-30.00",
                    description = "Over the delivery's cost; negative: a loss") String margin) {

        static SaleView of(Sale sale) {
            return new SaleView(sale.participants(), sale.revenue().toPlainString(),
                    sale.transactionFee().toPlainString(), sale.supplierNet().toPlainString(),
                    sale.margin().toPlainString());
        }
    }

    @Schema(name = "PackagingPublication", description = "A published packaging and the offering version it now is",
            additionalProperties = Schema.False.class)
    record PublicationView(
            @Schema(required = true) PackagingView packaging,
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, format = "uuid", description = "What applications refer to")
            String offeringVersionId,
            @Schema(required = true, example = "1") int offeringVersionNumber) {

        static PublicationView of(Publication publication) {
            return new PublicationView(PackagingView.of(publication.packaging()),
                    publication.offering().id().toString(), publication.offering().current().id().toString(),
                    publication.offering().current().number());
        }
    }

    @Schema(name = "PackagingDiff", description = "What changed in a packaging's content since the earlier versions "
            + "a reviewer compares it with: the draft the last review returned (what the supplier did about the "
            + "remarks) and the version on offer (what a revision changes)", additionalProperties = Schema.False.class)
    record DiffView(
            @Schema(required = true, format = "uuid") String packagingId,
            @Schema(required = true) PackagingStatus status,
            @Schema(required = true, example = "1", description = "The current draft") int draftNumber,
            @Schema(required = true, example = "5", description = "The packaging's version the comparisons were "
                    + "made at; also the ETag") long version,
            @Schema(required = true, description = "One per version compared with, the returned draft first; empty "
                    + "when the packaging has none (a draft never returned nor published) or not the one asked for")
            List<ComparisonView> comparisons) {

        static DiffView of(PackagingDiffs diffs, Baseline only) {
            return new DiffView(diffs.packagingId().toString(), diffs.status(), diffs.draftNumber(), diffs.version(),
                    diffs.comparisons().stream().filter(c -> only == null || c.against() == only)
                            .map(ComparisonView::of).toList());
        }
    }

    @Schema(name = "PackagingComparison", description = "The current content compared with one earlier version, "
            + "and which version that was", additionalProperties = Schema.False.class)
    record ComparisonView(
            @Schema(required = true, description = "RETURNED: the draft as the review that last returned it found "
                    + "it (of the current draft; a revision starts afresh). OFFERED: the current version of the "
                    + "offering the packaging was published as") Baseline against,
            @Schema(required = true, example = "1", description = "The draft that version is of") int draftNumber,
            @Schema(required = true, format = "date-time", description = "When it was returned, or published")
            Instant since,
            @Schema(required = true, description = "RETURNED: the criteria the review failed, with its remarks; "
                    + "OFFERED: empty") List<AssessmentView> remarks,
            @Schema(required = true, nullable = true, format = "uuid", description = "OFFERED: the offering; "
                    + "null otherwise") String offeringId,
            @Schema(required = true, nullable = true, format = "uuid", description = "OFFERED: the version on "
                    + "offer; null otherwise") String offeringVersionId,
            @Schema(required = true, nullable = true, example = "1", description = "OFFERED: its number; null "
                    + "otherwise") Integer offeringVersionNumber,
            @Schema(required = true, description = "Every field that differs, in the order of the content's fields; "
                    + "empty when nothing changed") List<ChangeView> changes) {

        static ComparisonView of(PackagingComparison comparison) {
            return new ComparisonView(comparison.against(), comparison.draftNumber(), comparison.since(),
                    comparison.remarks().stream().map(AssessmentView::of).toList(),
                    comparison.offeringId() == null ? null : comparison.offeringId().toString(),
                    comparison.offeringVersionId() == null ? null : comparison.offeringVersionId().toString(),
                    comparison.offeringVersionNumber(),
                    comparison.diff().changes().stream().map(ChangeView::of).toList());
        }
    }

    @Schema(name = "PackagingContentChange", description = "One field that differs. Values are display text: texts "
            + "as written, enums by name, amounts in kronor with two decimals, hours as plain decimals, true/false, "
            + "target groups and languages sorted and joined with \", \"", additionalProperties = Schema.False.class)
    record ChangeView(
            @Schema(required = true, example = "applicationForm[key=level].required", description = "The field as "
                    + "the content names it (titles.sv, components[2].durationMinutes, groupSize.max, "
                    + "costModel.hourlyRate). Components by their place; form fields by their key and choices by "
                    + "their value (applicationForm[key=level].choices[value=basic].label.sv), which name the same "
                    + "field in both versions; applicationForm (or …choices) alone: the fields in another order, "
                    + "listed before and after") String path,
            @Schema(required = true, description = "ADDED: no value before; REMOVED: none after; CHANGED: both, "
                    + "different") ChangeKind kind,
            @Schema(required = true, nullable = true, example = "false", description = "The earlier version's "
                    + "value; null when ADDED") String before,
            @Schema(required = true, nullable = true, example = "true", description = "The current value; null when "
                    + "REMOVED") String after) {

        static ChangeView of(ContentChange change) {
            return new ChangeView(change.path(), change.kind(), change.before(), change.after());
        }
    }

    @Schema(name = "ReviewChecklist", description = "The criteria every review judges",
            additionalProperties = Schema.False.class)
    record ChecklistView(
            @Schema(required = true, example = "0", description = "0 for the seeded checklist; also the ETag")
            long version,
            @Schema(required = true) List<CriterionView> criteria) {

        static ChecklistView of(ReviewChecklist checklist) {
            return new ChecklistView(checklist.version(),
                    checklist.criteria().stream().map(CriterionView::of).toList());
        }
    }

    @Schema(name = "ReviewCriterion", additionalProperties = Schema.False.class)
    record CriterionView(
            @Schema(required = true, example = "accessibility") String key,
            @Schema(required = true, example = "{\"sv\": \"Tillgänglighet\", \"en\": \"Accessibility\"}")
            Map<String, String> label) {

        static CriterionView of(ReviewCriterion criterion) {
            return new CriterionView(criterion.key(), ContentModels.texts(criterion.label()));
        }
    }
}

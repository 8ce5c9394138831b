package se.esp.domain.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

class PackagingTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final Reviewer COORDINATOR = new Reviewer("coordinator", OrganisationId.newId());
    private static final ReviewChecklist CHECKLIST = ReviewChecklist.seeded();

    private static Packaging draft() {
        return Packaging.create(PackagingId.newId(), RONNEBY, Samples.complete(), AT).packaging();
    }

    private static Packaging inReview() {
        Packaging packaging = draft();
        packaging.submit(AT);
        packaging.startReview(COORDINATOR, AT);
        return packaging;
    }

    private static List<CriterionAssessment> allPassed() {
        return CHECKLIST.criteria().stream().map(c -> CriterionAssessment.pass(c.key())).toList();
    }

    @Test
    void goesFromDraftThroughReviewToPublished() {
        Packaging packaging = inReview();

        PackagingEvent decision = packaging.recordReview(COORDINATOR, CHECKLIST, allPassed(), AT);
        PackagingPublished published = packaging.publish(AT);

        assertThat(decision).isInstanceOf(PackagingApproved.class);
        assertThat(published.draftNumber()).isEqualTo(1);
        assertThat(packaging.status()).isEqualTo(PackagingStatus.PUBLISHED);
        assertThat(packaging.reviews()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(ReviewOutcome.APPROVED));
    }

    @Test
    void oneFailedCriterionReturnsThePackagingWithTheRemark() {
        Packaging packaging = inReview();
        List<CriterionAssessment> verdict = new java.util.ArrayList<>(allPassed());
        verdict.set(3, CriterionAssessment.fail("accessibility", "Describe how a participant with impaired sight takes part."));

        PackagingEvent decision = packaging.recordReview(COORDINATOR, CHECKLIST, verdict, AT);

        assertThat(decision).isInstanceOfSatisfying(PackagingReturned.class, returned ->
                assertThat(returned.failed()).extracting(CriterionAssessment::criterion).containsExactly("accessibility"));
        assertThat(packaging.status()).isEqualTo(PackagingStatus.RETURNED);
        packaging.edit(Samples.complete(), AT);
        packaging.submit(AT);
        packaging.startReview(COORDINATOR, AT);
        packaging.recordReview(COORDINATOR, CHECKLIST, allPassed(), AT);
        assertThat(packaging.reviews()).extracting(Review::outcome)
                .containsExactly(ReviewOutcome.RETURNED, ReviewOutcome.APPROVED);
    }

    @Test
    void refusesAReviewerOfTheSuppliersOwnOrganisation() {
        Packaging packaging = draft();
        packaging.submit(AT);

        assertThatThrownBy(() -> packaging.startReview(new Reviewer("colleague", RONNEBY), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION));
        assertThat(packaging.status()).isEqualTo(PackagingStatus.SUBMITTED);
    }

    @Test
    void refusesAVerdictThatLeavesACriterionUnjudged() {
        Packaging packaging = inReview();

        assertThatThrownBy(() -> packaging.recordReview(COORDINATOR, CHECKLIST, allPassed().subList(0, 6), AT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("assessments"));
        assertThat(packaging.status()).isEqualTo(PackagingStatus.IN_REVIEW);
    }

    @Test
    void aFailedCriterionNeedsARemark() {
        assertThatThrownBy(() -> new CriterionAssessment("accessibility", false, " "))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesToSubmitAnIncompletePackagingListingWhatIsMissing() {
        Packaging packaging = Packaging.create(PackagingId.newId(), RONNEBY,
                new PackagingContent(LocalisedText.of(LanguageCode.SWEDISH, "Bara en titel"), null, Phase.PREPARATORY,
                        null, null, null, null, null, null, null, null, null, null, null), AT).packaging();

        assertThatThrownBy(() -> packaging.submit(AT))
                .isInstanceOfSatisfying(PackagingIncompleteException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PACKAGING_INCOMPLETE);
                    assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                            "titles.en", "descriptions.sv", "descriptions.en", "serviceArea", "targetGroups",
                            "deliveryMode", "deliveryLanguages", "components", "groupSize", "costModel",
                            "pricePerParticipant");
                });
        assertThat(packaging.status()).isEqualTo(PackagingStatus.DRAFT);
    }

    @Test
    void aSubmittedPackagingCannotBeEdited() {
        Packaging packaging = draft();
        packaging.submit(AT);

        assertThatThrownBy(() -> packaging.edit(Samples.complete(), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PACKAGING_STATUS_CONFLICT));
    }

    @Test
    void aRevisionIsTheNextDraftAndKeepsTheHistory() {
        Packaging packaging = inReview();
        packaging.recordReview(COORDINATOR, CHECKLIST, allPassed(), AT);
        packaging.publish(AT);

        PackagingRevisionStarted revision = packaging.startRevision(AT);

        assertThat(revision.draftNumber()).isEqualTo(2);
        assertThat(packaging.status()).isEqualTo(PackagingStatus.DRAFT);
        assertThat(packaging.reviews()).hasSize(1);
    }

    @Test
    void aRejectionIsFinalAndKeepsTheReason() {
        Packaging packaging = inReview();

        packaging.reject(COORDINATOR, "Duplicates an existing national offering.", AT);

        assertThat(packaging.status()).isEqualTo(PackagingStatus.REJECTED);
        assertThat(packaging.latestReview().orElseThrow().reason()).isEqualTo("Duplicates an existing national offering.");
        assertThatThrownBy(() -> packaging.submit(AT)).isInstanceOf(DomainException.class);
    }

    private static List<CriterionAssessment> failing(String criterion, String remark) {
        return allPassed().stream().map(a -> a.criterion().equals(criterion)
                ? CriterionAssessment.fail(criterion, remark) : a).toList();
    }

    private static PackagingContent retitled(String swedish) {
        PackagingContent c = Samples.complete();
        var titles = new java.util.HashMap<>(c.titles().texts());
        titles.put(LanguageCode.SWEDISH, swedish);
        return new PackagingContent(new LocalisedText(titles), c.descriptions(),
                c.phase(), c.serviceArea(), c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(),
                c.components(), c.groupSize(), c.eligibility(), c.applicationForm(), c.microCredentials(),
                c.costModel(), c.pricePerParticipant());
    }

    @Test
    void aReturnKeepsTheDraftAsReviewedWhileTheSupplierEditsIt() {
        Packaging packaging = inReview();
        packaging.recordReview(COORDINATOR, CHECKLIST, failing("accessibility", "Texta filmerna."), AT);

        packaging.edit(retitled("Studievägledning på arabiska, textad"), AT.plusSeconds(60));

        ReturnedDraft returned = packaging.returnedDraft().orElseThrow();
        assertThat(returned.content()).isEqualTo(Samples.complete());
        assertThat(returned.review().failed()).extracting(CriterionAssessment::remark).containsExactly("Texta filmerna.");
        assertThat(PackagingDiff.between(returned.content(), packaging.content()).paths())
                .containsExactly("titles.sv");
    }

    @Test
    void aSecondReturnReplacesTheReturnedDraftWithTheOneItReviewed() {
        Packaging packaging = inReview();
        packaging.recordReview(COORDINATOR, CHECKLIST, failing("accessibility", "Texta filmerna."), AT);
        packaging.edit(retitled("Andra utkastet"), AT);
        packaging.submit(AT);
        packaging.startReview(COORDINATOR, AT);

        packaging.recordReview(COORDINATOR, CHECKLIST, failing("price-justified", "Motivera priset."), AT);
        packaging.edit(retitled("Tredje utkastet"), AT);

        ReturnedDraft returned = packaging.returnedDraft().orElseThrow();
        assertThat(returned.content()).isEqualTo(retitled("Andra utkastet"));
        assertThat(returned.review().failed()).extracting(CriterionAssessment::criterion)
                .containsExactly("price-justified");
    }

    @Test
    void theReturnedDraftOutlivesApprovalButNotTheNextRevision() {
        Packaging packaging = inReview();
        packaging.recordReview(COORDINATOR, CHECKLIST, failing("accessibility", "Texta filmerna."), AT);
        packaging.submit(AT);
        packaging.startReview(COORDINATOR, AT);
        packaging.recordReview(COORDINATOR, CHECKLIST, allPassed(), AT);
        packaging.publish(AT);
        assertThat(packaging.returnedDraft()).isPresent();

        packaging.startRevision(AT);

        assertThat(packaging.returnedDraft()).isEmpty();
    }

    @Test
    void aDraftNeverReturnedHasNoReturnedDraft() {
        Packaging packaging = inReview();
        packaging.recordReview(COORDINATOR, CHECKLIST, allPassed(), AT);

        assertThat(draft().returnedDraft()).isEmpty();
        assertThat(packaging.returnedDraft()).isEmpty();
    }

    @Test
    void aStoredReturnedDraftWithoutTheReviewThatReturnedItIsRefused() {
        assertThatThrownBy(() -> Packaging.reconstitute(PackagingId.newId(), RONNEBY, PackagingStatus.DRAFT,
                Samples.complete(), 1, List.of(), Samples.complete(), AT, AT, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

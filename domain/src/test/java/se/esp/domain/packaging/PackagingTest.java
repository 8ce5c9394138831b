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
}

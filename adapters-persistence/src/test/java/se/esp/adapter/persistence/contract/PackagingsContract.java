package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.out.Packagings;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.ReturnedDraft;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.packaging.ReviewOutcome;
import se.esp.domain.packaging.Reviewer;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** What every implementation of {@link Packagings} and {@link ReviewChecklists} guarantees. */
public abstract class PackagingsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    private Packagings packagings;
    private ReviewChecklists checklists;
    private Transactions transactions;
    private Organisation ronneby;
    private Organisation malmo;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        packagings = adapters.packagings();
        checklists = adapters.reviewChecklists();
        transactions = adapters.transactions();
        ronneby = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Ronneby kommun").playing(OrganisationRole.SUPPLIER).build()));
        malmo = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Malmö stad").playing(OrganisationRole.SUPPLIER).build()));
    }

    private Packaging save(Packaging packaging) {
        return transactions.inTransaction(() -> packagings.save(packaging));
    }

    private Packaging find(PackagingId id) {
        return transactions.inTransaction(() -> packagings.findById(id)).orElseThrow();
    }

    private Packaging newPackaging(OrganisationId supplier, PackagingContent content, Instant at) {
        return Packaging.create(PackagingId.newId(), supplier, content, at).packaging();
    }

    @Test
    void storesTheWholeContentInEveryLanguageAndFindsItAgain() {
        PackagingContent content = aPackaging().alsoTitled("ar", "التوجيه الدراسي عبر الإنترنت")
                .alsoTitled("ti", "ምኽሪ ትምህርቲ ብመስመር").leadingTo("care-assistant-1").content();
        Packaging saved = save(newPackaging(ronneby.id(), content, AT));

        Packaging found = find(saved.id());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(found.content()).isEqualTo(content);
        assertThat(found.supplier()).isEqualTo(ronneby.id());
        assertThat(found.status()).isEqualTo(PackagingStatus.DRAFT);
        assertThat(found.createdAt()).isEqualTo(AT);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void keepsAnEmptyDraftAsEmpty() {
        Packaging saved = save(newPackaging(ronneby.id(), PackagingContent.empty(), AT));

        assertThat(find(saved.id()).content()).isEqualTo(PackagingContent.empty());
    }

    @Test
    void keepsEveryReviewWithItsVerdictsAndRemarks() {
        Packaging packaging = newPackaging(ronneby.id(), aPackaging().content(), AT);
        Reviewer reviewer = new Reviewer("coordinator-1", malmo.id());
        packaging.submit(AT);
        packaging.startReview(reviewer, AT);
        List<CriterionAssessment> verdict = ReviewChecklist.seeded().criteria().stream()
                .map(c -> c.key().equals("accessibility")
                        ? CriterionAssessment.fail(c.key(), "Beskriv hur deltagare med nedsatt syn tar del.")
                        : CriterionAssessment.pass(c.key()))
                .toList();
        packaging.recordReview(reviewer, ReviewChecklist.seeded(), verdict, AT.plusSeconds(60));

        Packaging found = find(save(packaging).id());

        assertThat(found.status()).isEqualTo(PackagingStatus.RETURNED);
        Review review = found.reviews().get(0);
        assertThat(review.outcome()).isEqualTo(ReviewOutcome.RETURNED);
        assertThat(review.reviewerOrganisation()).isEqualTo(malmo.id());
        assertThat(review.decidedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(review.assessments()).isEqualTo(verdict);
    }

    @Test
    void keepsTheReturnedDraftBesideTheContentTheSupplierEdits() {
        Packaging packaging = newPackaging(ronneby.id(), aPackaging().alsoTitled("ar", "التوجيه الدراسي").content(), AT);
        Reviewer reviewer = new Reviewer("coordinator-1", malmo.id());
        packaging.submit(AT);
        packaging.startReview(reviewer, AT);
        packaging.recordReview(reviewer, ReviewChecklist.seeded(), failing("accessibility", "Texta filmerna."),
                AT.plusSeconds(60));
        Packaging returned = find(save(packaging).id());
        PackagingContent edited = aPackaging().titled("Studievägledning på arabiska, textad", "Study guidance")
                .pricedAt("1150.50").content();
        returned.edit(edited, AT.plusSeconds(120));

        Packaging found = find(save(returned).id());

        assertThat(found.content()).isEqualTo(edited);
        ReturnedDraft draft = found.returnedDraft().orElseThrow();
        assertThat(draft.content()).isEqualTo(aPackaging().alsoTitled("ar", "التوجيه الدراسي").content());
        assertThat(draft.review().decidedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(draft.review().failed()).extracting(CriterionAssessment::remark).containsExactly("Texta filmerna.");
    }

    @Test
    void forgetsTheReturnedDraftWhenARevisionStarts() {
        Packaging packaging = newPackaging(ronneby.id(), aPackaging().content(), AT);
        Reviewer reviewer = new Reviewer("coordinator-1", malmo.id());
        packaging.submit(AT);
        packaging.startReview(reviewer, AT);
        packaging.recordReview(reviewer, ReviewChecklist.seeded(), failing("accessibility", "Texta filmerna."), AT);
        packaging.submit(AT);
        packaging.startReview(reviewer, AT);
        packaging.recordReview(reviewer, ReviewChecklist.seeded(), ReviewChecklist.seeded().criteria().stream()
                .map(c -> CriterionAssessment.pass(c.key())).toList(), AT);
        packaging.publish(AT);
        Packaging published = find(save(packaging).id());
        assertThat(published.returnedDraft()).isPresent();

        published.startRevision(AT);

        assertThat(find(save(published).id()).returnedDraft()).isEmpty();
    }

    private static List<CriterionAssessment> failing(String criterion, String remark) {
        return ReviewChecklist.seeded().criteria().stream()
                .map(c -> c.key().equals(criterion) ? CriterionAssessment.fail(c.key(), remark)
                        : CriterionAssessment.pass(c.key()))
                .toList();
    }

    @Test
    void refusesAChangeBasedOnAnOutdatedVersion() {
        Packaging stored = save(newPackaging(ronneby.id(), aPackaging().content(), AT));
        Packaging first = find(stored.id());
        Packaging second = find(stored.id());
        first.edit(aPackaging().titled("Första", "First").content(), AT);
        save(first);
        second.edit(aPackaging().titled("Andra", "Second").content(), AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find(stored.id()).content().titles().in(se.esp.domain.shared.LanguageCode.ENGLISH))
                .contains("First");
        assertThat(find(stored.id()).version()).isEqualTo(2);
    }

    @Test
    void listsBySupplierAndStatusOldestFirstInStablePages() {
        for (int i = 0; i < 5; i++) {
            save(newPackaging(ronneby.id(), PackagingContent.empty(), AT.plusSeconds(i)));
        }
        Packaging submitted = newPackaging(malmo.id(), aPackaging().content(), AT.plusSeconds(10));
        submitted.submit(AT.plusSeconds(11));
        save(submitted);

        Page<Packaging> firstPage = transactions.inTransaction(() ->
                packagings.list(new PackagingFilter(ronneby.id(), null), new PageRequest(0, 2)));
        Page<Packaging> lastPage = transactions.inTransaction(() ->
                packagings.list(new PackagingFilter(ronneby.id(), null), new PageRequest(2, 2)));
        Page<Packaging> queue = transactions.inTransaction(() ->
                packagings.list(new PackagingFilter(null, PackagingStatus.SUBMITTED), PageRequest.first()));

        assertThat(firstPage.totalItems()).isEqualTo(5);
        assertThat(firstPage.items()).extracting(Packaging::createdAt).containsExactly(AT, AT.plusSeconds(1));
        assertThat(lastPage.items()).extracting(Packaging::createdAt).containsExactly(AT.plusSeconds(4));
        assertThat(queue.items()).extracting(Packaging::id).containsExactly(submitted.id());
    }

    @Test
    void aFailedTransactionStoresNothing() {
        Packaging lost = newPackaging(ronneby.id(), aPackaging().content(), AT);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            packagings.save(lost);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> packagings.findById(lost.id()))).isEmpty();
    }

    @Test
    void theChecklistIsUnconfiguredUntilSavedThenVersioned() {
        assertThat(transactions.inTransaction(() -> checklists.configured())).isEmpty();
        ReviewChecklist seeded = ReviewChecklist.seeded();
        List<ReviewCriterion> criteria = new java.util.ArrayList<>(seeded.criteria());
        criteria.add(new ReviewCriterion("gdpr-impact-assessed", LocalisedText.svEn(
                "Konsekvensbedömning gjord", "Data protection impact assessed")));
        seeded.replace(criteria, AT);

        ReviewChecklist saved = transactions.inTransaction(() -> checklists.save(seeded));

        assertThat(saved.version()).isEqualTo(1);
        ReviewChecklist found = transactions.inTransaction(() -> checklists.configured()).orElseThrow();
        assertThat(found.criteria()).isEqualTo(criteria);
        ReviewChecklist stale = ReviewChecklist.seeded();
        assertThatThrownBy(() -> transactions.inTransaction(() -> checklists.save(stale)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
    }
}

package se.esp.application.packaging;

import static org.mockito.ArgumentMatchers.eq;

import se.esp.application.port.in.packaging.PackagingFilter;

import se.esp.application.paging.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.Publication;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Packagings;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersionPublished;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingPublished;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ReturnedDraft;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Reviewer;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.TransactionFeeRate;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

@ExtendWith(MockitoExtension.class)
class PackagingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Organisation RONNEBY = Organisation.reconstitute(OrganisationId.newId(),
            OrganisationNumber.parse("212000-0837"), new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                    OrganisationKind.MUNICIPALITY, new Population(29_021), null),
            EnumSet.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER), 1);
    private static final ActingUser RONNEBY_STAFF = new ActingUser("ronneby-staff", RONNEBY.id(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final ActingUser MALMO_STAFF = new ActingUser("malmo-staff", OrganisationId.newId(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final ActingUser COORDINATOR = new ActingUser("coordinator", OrganisationId.newId(),
            EnumSet.of(UserRole.COORDINATOR));

    @Mock
    private Packagings packagings;
    @Mock
    private Offerings offerings;
    @Mock
    private Organisations organisations;
    @Mock
    private ReviewChecklists checklists;
    @Mock
    private Catalogue catalogue;
    @Mock
    private EventOutbox outbox;

    private PackagingService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new PackagingService(packagings, offerings, organisations, checklists, catalogue,
                date -> TransactionFeeRate.percent("5"), outbox, direct, Clock.fixed(NOW, ZoneOffset.UTC));
        lenient().when(packagings.save(any())).thenAnswer(call -> nextVersion(call.getArgument(0)));
        lenient().when(offerings.save(any())).thenAnswer(call -> {
            Offering o = call.getArgument(0);
            return Offering.reconstitute(o.id(), o.packaging(), o.supplier(), o.status(), o.versions(),
                    o.version() + 1);
        });
    }

    @Test
    void supplierStaffCreateADraftForTheirOwnOrganisation() {
        when(organisations.findById(RONNEBY.id())).thenReturn(Optional.of(RONNEBY));

        Packaging created = service.create(RONNEBY_STAFF, new CreatePackagingCommand(PackagingContent.empty()));

        assertThat(created.supplier()).isEqualTo(RONNEBY.id());
        assertThat(created.status()).isEqualTo(PackagingStatus.DRAFT);
        assertThat(created.version()).isEqualTo(1);
        verify(outbox).append(any());
    }

    @Test
    void anOrganisationThatIsNoSupplierCannotPackage() {
        Organisation consumerOnly = Organisation.reconstitute(RONNEBY.id(), RONNEBY.number(), RONNEBY.profile(),
                EnumSet.of(OrganisationRole.CONSUMER), 1);
        when(organisations.findById(RONNEBY.id())).thenReturn(Optional.of(consumerOnly));

        assertThatThrownBy(() -> service.create(RONNEBY_STAFF, new CreatePackagingCommand(PackagingContent.empty())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_A_SUPPLIER));
        verify(packagings, never()).save(any());
    }

    @Test
    void aCoordinatorCannotCreatePackagings() {
        assertThatThrownBy(() -> service.create(COORDINATOR, new CreatePackagingCommand(PackagingContent.empty())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(packagings, organisations, outbox);
    }

    @Test
    void staffOfAnotherOrganisationCannotEditAndNothingIsStored() {
        Packaging stored = stored(PackagingStatus.DRAFT, 1);
        when(packagings.findById(stored.id())).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> service.edit(MALMO_STAFF, new EditPackagingCommand(stored.id(), 1, content())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(packagings, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void aCoordinatorOfTheSuppliersOwnOrganisationMayNotReviewIt() {
        Packaging submitted = stored(PackagingStatus.SUBMITTED, 2);
        when(packagings.findById(submitted.id())).thenReturn(Optional.of(submitted));
        ActingUser ownCoordinator = new ActingUser("ronneby-coordinator", RONNEBY.id(),
                EnumSet.of(UserRole.COORDINATOR));

        assertThatThrownBy(() -> service.startReview(ownCoordinator, new PackagingChange(submitted.id(), 2)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION));
        verify(packagings, never()).save(any());
    }

    @Test
    void supplierStaffCannotReviewAtAll() {
        assertThatThrownBy(() -> service.startReview(MALMO_STAFF, new PackagingChange(PackagingId.newId(), 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(packagings);
    }

    @Test
    void reviewsAgainstTheConfiguredChecklistOrElseTheSeededOne() {
        Packaging inReview = stored(PackagingStatus.SUBMITTED, 2);
        inReview.startReview(new se.esp.domain.packaging.Reviewer("coordinator", COORDINATOR.organisationId()), NOW);
        when(packagings.findById(inReview.id())).thenReturn(Optional.of(inReview));
        when(checklists.configured()).thenReturn(Optional.empty());
        List<CriterionAssessment> allPassed = ReviewChecklist.seeded().criteria().stream()
                .map(c -> CriterionAssessment.pass(c.key())).toList();

        Packaging approved = service.recordReview(COORDINATOR, new RecordReviewCommand(inReview.id(), 2, allPassed));

        assertThat(approved.status()).isEqualTo(PackagingStatus.APPROVED);
    }

    @Test
    void publishingCreatesTheOfferingListsItAndRecordsBothEvents() {
        Packaging approved = stored(PackagingStatus.APPROVED, 4);
        when(packagings.findById(approved.id())).thenReturn(Optional.of(approved));
        when(offerings.findByPackaging(approved.id())).thenReturn(Optional.empty());
        when(organisations.findById(RONNEBY.id())).thenReturn(Optional.of(RONNEBY));

        Publication publication = service.publish(RONNEBY_STAFF, new PackagingChange(approved.id(), 4));

        assertThat(publication.packaging().status()).isEqualTo(PackagingStatus.PUBLISHED);
        assertThat(publication.offering().current().number()).isEqualTo(1);
        ArgumentCaptor<CatalogueEntry> entry = ArgumentCaptor.forClass(CatalogueEntry.class);
        verify(catalogue).put(entry.capture());
        assertThat(entry.getValue().supplierName()).isEqualTo("Ronneby kommun");
        ArgumentCaptor<DomainEvent> events = ArgumentCaptor.forClass(DomainEvent.class);
        verify(outbox, times(2)).append(events.capture());
        assertThat(events.getAllValues()).hasExactlyElementsOfTypes(PackagingPublished.class,
                OfferingVersionPublished.class);
    }

    @Test
    void publishingARevisionAddsTheNextVersionToTheSameOffering() {
        Packaging approved = stored(PackagingStatus.APPROVED, 9);
        Offering existing = Offering.launch(se.esp.domain.offering.OfferingId.newId(), approved.id(), RONNEBY.id(),
                se.esp.domain.shared.OfferingVersionId.newId(), 1, content(), NOW).offering();
        when(packagings.findById(approved.id())).thenReturn(Optional.of(approved));
        when(offerings.findByPackaging(approved.id())).thenReturn(Optional.of(existing));
        when(organisations.findById(RONNEBY.id())).thenReturn(Optional.of(RONNEBY));

        Publication publication = service.publish(RONNEBY_STAFF, new PackagingChange(approved.id(), 9));

        assertThat(publication.offering().id()).isEqualTo(existing.id());
        assertThat(publication.offering().versions()).hasSize(2);
    }

    @Test
    void theCostingQueryUsesTheFeeRateInForce() {
        Packaging draft = stored(PackagingStatus.DRAFT, 1);
        when(packagings.findById(draft.id())).thenReturn(Optional.of(draft));

        CostingReport report = service.costAt(RONNEBY_STAFF, draft.id(), 8, null);

        assertThat(report.feeRate()).isEqualTo(TransactionFeeRate.percent("5"));
        assertThat(report.digital().coveringPricePerParticipant()).isEqualTo(Money.parse("1111.84"));
        assertThatThrownBy(() -> service.costAt(MALMO_STAFF, draft.id(), 8, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void contentNotStoredYetIsCostedAsTheStoredPackagingWouldBeAndOnlyForSupplierStaff() {
        Packaging draft = stored(PackagingStatus.DRAFT, 1);
        when(packagings.findById(draft.id())).thenReturn(Optional.of(draft));

        CostingReport unsaved = service.costContent(RONNEBY_STAFF, content(), 8, null);

        assertThat(unsaved).isEqualTo(service.costAt(RONNEBY_STAFF, draft.id(), 8, null));
        assertThat(service.costContent(RONNEBY_STAFF, priced("1150.00"), 8, null).digital().sale().revenue())
                .as("the typed price, not the stored one").isEqualTo(Money.parse("9200.00"));
        assertThatThrownBy(() -> service.costContent(RONNEBY_STAFF, PackagingContent.empty(), 8, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("costModel", "components", "price"));
        assertThatThrownBy(() -> service.costContent(COORDINATOR, content(), 8, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(packagings, never()).save(any());
    }

    @Test
    void aCoordinatorOfAnotherOrganisationSeesWhatTheSupplierChangedSinceTheReturn() {
        Packaging packaging = returnedWithRemark();
        packaging.edit(priced("1150.00"), NOW);
        when(packagings.findById(packaging.id())).thenReturn(Optional.of(packaging));
        when(offerings.findByPackaging(packaging.id())).thenReturn(Optional.empty());

        PackagingDiffs diffs = service.diff(COORDINATOR, packaging.id());

        assertThat(diffs.comparisons()).singleElement().satisfies(returned -> {
            assertThat(returned.against()).isEqualTo(Baseline.RETURNED);
            assertThat(returned.draftNumber()).isEqualTo(1);
            assertThat(returned.since()).isEqualTo(NOW);
            assertThat(returned.remarks()).extracting(CriterionAssessment::remark).containsExactly("Motivera priset.");
            assertThat(returned.offeringVersionId()).isNull();
            assertThat(returned.diff().changes()).extracting(c -> c.path() + ": " + c.before() + " -> " + c.after())
                    .containsExactly("pricePerParticipant: 1200.00 -> 1150.00");
        });
        verify(packagings, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void aRevisionIsComparedWithTheVersionOnOfferAndTheReturnsOfEarlierDraftsAreForgotten() {
        Packaging packaging = returnedWithRemark();
        packaging.submit(NOW);
        packaging.startReview(new Reviewer("coordinator", COORDINATOR.organisationId()), NOW);
        packaging.recordReview(new Reviewer("coordinator", COORDINATOR.organisationId()), ReviewChecklist.seeded(),
                ReviewChecklist.seeded().criteria().stream().map(c -> CriterionAssessment.pass(c.key())).toList(),
                NOW);
        packaging.publish(NOW);
        Offering offering = Offering.launch(OfferingId.newId(), packaging.id(), RONNEBY.id(),
                OfferingVersionId.newId(), 1, packaging.content(), NOW).offering();
        packaging.startRevision(NOW);
        packaging.edit(priced("1300.00"), NOW);
        when(packagings.findById(packaging.id())).thenReturn(Optional.of(packaging));
        when(offerings.findByPackaging(packaging.id())).thenReturn(Optional.of(offering));

        PackagingDiffs diffs = service.diff(RONNEBY_STAFF, packaging.id());

        assertThat(diffs.draftNumber()).isEqualTo(2);
        assertThat(diffs.against(Baseline.RETURNED)).isEmpty();
        PackagingComparison offered = diffs.against(Baseline.OFFERED).orElseThrow();
        assertThat(offered.offeringId()).isEqualTo(offering.id());
        assertThat(offered.offeringVersionNumber()).isEqualTo(1);
        assertThat(offered.draftNumber()).isEqualTo(1);
        assertThat(offered.remarks()).isEmpty();
        assertThat(offered.diff().paths()).containsExactly("pricePerParticipant");
    }

    @Test
    void aDraftNeitherReturnedNorPublishedHasNothingToCompareWith() {
        Packaging draft = stored(PackagingStatus.DRAFT, 1);
        when(packagings.findById(draft.id())).thenReturn(Optional.of(draft));
        when(offerings.findByPackaging(draft.id())).thenReturn(Optional.empty());
        ActingUser admin = new ActingUser("admin", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

        assertThat(service.diff(admin, draft.id()).comparisons()).isEmpty();
    }

    @Test
    void aCoordinatorOfTheSuppliersOwnOrganisationMayNotCompareItsVersions() {
        Packaging packaging = returnedWithRemark();
        when(packagings.findById(packaging.id())).thenReturn(Optional.of(packaging));
        ActingUser ownCoordinator = new ActingUser("ronneby-coordinator", RONNEBY.id(),
                EnumSet.of(UserRole.COORDINATOR));

        assertThatThrownBy(() -> service.diff(ownCoordinator, packaging.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION));
        verifyNoInteractions(offerings);
    }

    @Test
    void staffOfAnotherSupplierAndConsumerStaffMayNotCompareVersions() {
        Packaging packaging = returnedWithRemark();
        when(packagings.findById(packaging.id())).thenReturn(Optional.of(packaging));
        ActingUser consumer = new ActingUser("consumer", RONNEBY.id(), EnumSet.of(UserRole.CONSUMER_STAFF));

        assertThatThrownBy(() -> service.diff(MALMO_STAFF, packaging.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.diff(consumer, packaging.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(packagings).findById(packaging.id());
        verifyNoInteractions(offerings);
    }

    /** Ronneby's packaging, returned by a coordinator of another organisation for its price. */
    private static Packaging returnedWithRemark() {
        Packaging packaging = stored(PackagingStatus.DRAFT, 1);
        Reviewer reviewer = new Reviewer("coordinator", COORDINATOR.organisationId());
        packaging.submit(NOW);
        packaging.startReview(reviewer, NOW);
        packaging.recordReview(reviewer, ReviewChecklist.seeded(), ReviewChecklist.seeded().criteria().stream()
                .map(c -> c.key().equals("price-justified") ? CriterionAssessment.fail(c.key(), "Motivera priset.")
                        : CriterionAssessment.pass(c.key())).toList(), NOW);
        return packaging;
    }

    private static PackagingContent priced(String price) {
        PackagingContent c = content();
        return new PackagingContent(c.titles(), c.descriptions(), c.phase(), c.serviceArea(), c.targetGroups(),
                c.deliveryMode(), c.deliveryLanguages(), c.components(), c.groupSize(), c.eligibility(),
                c.applicationForm(), c.microCredentials(), c.costModel(), Money.parse(price));
    }

    static PackagingContent content() {
        return new PackagingContent(LocalisedText.svEn("Studievägledning online på arabiska", "Study guidance online in Arabic"),
                LocalisedText.svEn("Tio träffar.", "Ten sessions."), Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE,
                Set.of(TargetGroup.NEWLY_ARRIVED), DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar")),
                List.of(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                        new ResourceRequirement(new CompetenceCode("study-guide"), new BigDecimal("1.5")))),
                new GroupSize(4, 12), null, ApplicationForm.none(), List.of(),
                new CostModel(Money.parse("450"), new VariantCosts(Money.parse("500"), Money.parse("1200"),
                        Money.ZERO, BigDecimal.ZERO), null),
                Money.parse("1200"));
    }

    @Test
    void theReviewQueueHoldsWhatWaitsFromOtherOrganisationsOldestFirstNeverTheCoordinatorsOwn() {
        ActingUser ronnebyCoordinator = new ActingUser("ronneby-coordinator", RONNEBY.id(),
                EnumSet.of(UserRole.COORDINATOR));
        OrganisationId malmo = OrganisationId.newId();
        Packaging own = waiting(RONNEBY.id(), PackagingStatus.SUBMITTED, NOW.minusSeconds(300));
        Packaging newer = waiting(malmo, PackagingStatus.SUBMITTED, NOW.minusSeconds(60));
        Packaging older = waiting(malmo, PackagingStatus.IN_REVIEW, NOW.minusSeconds(600));
        when(packagings.list(eq(new PackagingFilter(null, PackagingStatus.SUBMITTED)), any()))
                .thenAnswer(call -> new Page<>(List.of(own, newer), call.getArgument(1), 2));
        when(packagings.list(eq(new PackagingFilter(null, PackagingStatus.IN_REVIEW)), any()))
                .thenAnswer(call -> new Page<>(List.of(older), call.getArgument(1), 1));

        assertThat(service.waitingForReview(ronnebyCoordinator)).containsExactly(older, newer);
    }

    @Test
    void onlyCoordinatorsHaveAReviewQueue() {
        assertThatThrownBy(() -> service.waitingForReview(RONNEBY_STAFF))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(packagings);
    }

    private static Packaging waiting(OrganisationId supplier, PackagingStatus status, Instant since) {
        return Packaging.reconstitute(PackagingId.newId(), supplier, status, content(), 1, List.of(), null, since,
                since, 2);
    }

    private static Packaging stored(PackagingStatus status, long version) {
        return Packaging.reconstitute(PackagingId.newId(), RONNEBY.id(), status, content(), 1, List.of(), null, NOW,
                NOW, version);
    }

    private static Packaging nextVersion(Packaging p) {
        return Packaging.reconstitute(p.id(), p.supplier(), p.status(), p.content(), p.draftNumber(), p.reviews(),
                p.returnedDraft().map(ReturnedDraft::content).orElse(null), p.createdAt(), p.changedAt(),
                p.version() + 1);
    }

}

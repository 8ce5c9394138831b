package se.esp.application.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

@ExtendWith(MockitoExtension.class)
class OfferingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ActingUser ADMIN = ActingUser.system("test");
    private static final ActingUser SUPPLIER = new ActingUser("supplier", OrganisationId.newId(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));

    @Mock
    private Offerings offerings;
    @Mock
    private Organisations organisations;
    @Mock
    private Catalogue catalogue;
    @Mock
    private EventOutbox outbox;
    @Mock
    private MatchingTrigger matching;

    private OfferingService service;
    private boolean inTransaction;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                inTransaction = true;
                try {
                    return work.get();
                } finally {
                    inTransaction = false;
                }
            }
        };
        service = new OfferingService(offerings, organisations, catalogue, outbox, direct,
                Clock.fixed(NOW, ZoneOffset.UTC), matching);
    }

    private static Offering onOffer() {
        Offering launched = Offering.launch(OfferingId.newId(), PackagingId.newId(), OrganisationId.newId(),
                OfferingVersionId.newId(), 1, PackagingContent.empty(), NOW).offering();
        return Offering.reconstitute(launched.id(), launched.packaging(), launched.supplier(), launched.status(),
                launched.versions(), 1);
    }

    /** Content complete enough for a catalogue entry. */
    private static PackagingContent catalogued() {
        return new PackagingContent(LocalisedText.svEn("Studievägledning online", "Study guidance online"),
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
    void suspendingTakesTheOfferingOutOfTheCatalogue() {
        Offering offering = onOffer();
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));
        when(offerings.save(any())).thenAnswer(call -> call.getArgument(0));

        Offering suspended = service.suspend(ADMIN, new OfferingChange(offering.id(), 1, "No resources this term"));

        assertThat(suspended.status()).isEqualTo(OfferingStatus.SUSPENDED);
        verify(catalogue).remove(offering.id());
        verify(catalogue, never()).put(any());
        verify(outbox).append(any());
    }

    @Test
    void resumingRequestsMatchingInItsTransactionAndRunsItAfterTheCommit() {
        Offering launched = Offering.launch(OfferingId.newId(), PackagingId.newId(), OrganisationId.newId(),
                OfferingVersionId.newId(), 1, catalogued(), NOW).offering();
        Offering offering = Offering.reconstitute(launched.id(), launched.packaging(), launched.supplier(),
                OfferingStatus.SUSPENDED, launched.versions(), 2);
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));
        when(offerings.save(any())).thenAnswer(call -> call.getArgument(0));
        List<String> calls = new ArrayList<>();
        doAnswer(call -> calls.add("request in transaction: " + inTransaction)).when(matching).requestWithin(
                org.mockito.ArgumentMatchers.contains(offering.id().toString()));
        doAnswer(call -> calls.add("run in transaction: " + inTransaction)).when(matching).runRequested();

        Offering resumed = service.resume(ADMIN, new OfferingChange(offering.id(), 2, null));

        assertThat(resumed.status()).isEqualTo(OfferingStatus.ON_OFFER);
        assertThat(calls).containsExactly("request in transaction: true", "run in transaction: false");
    }

    @Test
    void suspendingAndRetiringRequestNoMatching() {
        Offering offering = onOffer();
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));
        when(offerings.save(any())).thenAnswer(call -> call.getArgument(0));

        service.suspend(ADMIN, new OfferingChange(offering.id(), 1, "No resources this term"));
        service.retire(ADMIN, new OfferingChange(offering.id(), 1, "Replaced"));

        assertThat(offering.status()).isEqualTo(OfferingStatus.RETIRED);
        verifyNoInteractions(matching);
    }

    @Test
    void aResumeThatFailsRequestsNothing() {
        Offering offering = onOffer();
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));

        assertThatThrownBy(() -> service.resume(ADMIN, new OfferingChange(offering.id(), 1, null)))
                .isInstanceOf(DomainException.class);
        verifyNoInteractions(matching);
    }

    @Test
    void theSuppliersOwnStaffSuspendAndRetireTheirOfferingAndNobodyElses() {
        Offering offering = onOffer();
        ActingUser ownStaff = new ActingUser("own", offering.supplier(), EnumSet.of(UserRole.SUPPLIER_STAFF));
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));
        when(offerings.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThatThrownBy(() -> service.retire(SUPPLIER, new OfferingChange(offering.id(), 1, "Not mine")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThat(service.suspend(ownStaff, new OfferingChange(offering.id(), 1, "Paus")).status())
                .isEqualTo(OfferingStatus.SUSPENDED);
    }

    @Test
    void consumerStaffMayNotSuspend() {
        ActingUser consumer = new ActingUser("consumer", OrganisationId.newId(), EnumSet.of(UserRole.CONSUMER_STAFF));
        assertThatThrownBy(() -> service.suspend(consumer, new OfferingChange(OfferingId.newId(), 1, "Paus")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(offerings, catalogue, outbox);
    }

    @Test
    void listsTheOfferingsTheFilterNames() {
        OfferingFilter filter = OfferingFilter.ofSupplier(SUPPLIER.organisationId());
        Page<Offering> page = new Page<>(List.of(onOffer()), new PageRequest(0, 20), 1);
        when(offerings.list(filter, new PageRequest(0, 20))).thenReturn(page);

        assertThat(service.list(SUPPLIER, filter, new PageRequest(0, 20))).isSameAs(page);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        OfferingVersionId unknown = OfferingVersionId.newId();
        when(offerings.findByVersion(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.version(SUPPLIER, unknown))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OFFERING_VERSION_NOT_FOUND));
    }
}

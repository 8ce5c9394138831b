package se.esp.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRegistered;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.OrganisationRolesChanged;
import se.esp.domain.organisation.OrganisationUpdated;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

@ExtendWith(MockitoExtension.class)
class OrganisationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ActingUser ADMIN = new ActingUser("admin", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser CONSUMER = new ActingUser("case-officer", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final OrganisationNumber OLOFSTROM = OrganisationNumber.parse("212000-0811");
    private static final OrganisationProfile OLOFSTROM_PROFILE = new OrganisationProfile(
            new OrganisationName("Olofströms kommun"), OrganisationKind.MUNICIPALITY, new Population(13_061), null);

    @Mock
    private Organisations organisations;
    @Mock
    private EventOutbox outbox;
    @Mock
    private Catalogue catalogue;

    /** Numbers the transactions it runs, so a test sees which of them a port was called in (0: none). */
    private final NumberedTransactions transactions = new NumberedTransactions();
    private OrganisationService service;

    @BeforeEach
    void setUp() {
        service = new OrganisationService(organisations, catalogue, outbox, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static final class NumberedTransactions implements Transactions {

        private int started;
        private int current;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            current = ++started;
            try {
                return work.get();
            } finally {
                current = 0;
            }
        }
    }

    @Test
    void registersAnOrganisationAndRecordsItsEventInTheOutbox() {
        when(organisations.findByNumber(OLOFSTROM)).thenReturn(Optional.empty());
        when(organisations.save(any())).thenAnswer(call -> storedAtVersion(call.getArgument(0), 1));

        Organisation registered = service.register(ADMIN,
                new RegisterOrganisationCommand(OLOFSTROM, OLOFSTROM_PROFILE, Set.of(OrganisationRole.CONSUMER)));

        assertThat(registered.version()).isEqualTo(1);
        ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
        verify(outbox).append(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(OrganisationRegistered.class, e -> {
            assertThat(e.organisationId()).isEqualTo(registered.id());
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void refusesRegistrationByAnyoneButAPlatformAdministrator() {
        assertThatThrownBy(() -> service.register(CONSUMER,
                new RegisterOrganisationCommand(OLOFSTROM, OLOFSTROM_PROFILE, Set.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(organisations, outbox);
    }

    @Test
    void refusesASecondOrganisationWithTheSameNumber() {
        Organisation existing = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(), NOW).organisation(), 1);
        when(organisations.findByNumber(OLOFSTROM)).thenReturn(Optional.of(existing));

        assertThatThrownBy(() -> service.register(ADMIN,
                new RegisterOrganisationCommand(OLOFSTROM, OLOFSTROM_PROFILE, Set.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NUMBER_TAKEN));
        verify(organisations, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void refusesASecondOwner() {
        OrganisationProfile owner = new OrganisationProfile(new OrganisationName("Another owner"),
                OrganisationKind.OWNER, null, null);
        when(organisations.findByNumber(any())).thenReturn(Optional.empty());
        when(organisations.anyOfKind(OrganisationKind.OWNER)).thenReturn(true);

        assertThatThrownBy(() -> service.register(ADMIN,
                new RegisterOrganisationCommand(OrganisationNumber.parse("556677-8899"), owner, Set.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OWNER_ALREADY_REGISTERED));
        verify(organisations, never()).save(any());
    }

    @Test
    void refusesAnUpdateBasedOnAnOutdatedVersionAndStoresNothing() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(), NOW).organisation(), 4);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        OrganisationProfile renamed = new OrganisationProfile(new OrganisationName("Olofström"),
                OrganisationKind.MUNICIPALITY, new Population(13_061), null);

        assertThatThrownBy(() -> service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 3, renamed)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        verify(organisations, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void anUpdateThatChangesNothingStoresNothingAndEmitsNothing() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(), NOW).organisation(), 2);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));

        Organisation result = service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 2, OLOFSTROM_PROFILE));

        assertThat(result.version()).isEqualTo(2);
        verify(organisations, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void renamingAnOrganisationRenamesItsCatalogueEntriesInTheSameTransactionAsTheChange() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(OrganisationRole.SUPPLIER), NOW).organisation(), 2);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        List<String> calls = new ArrayList<>();
        when(organisations.save(any())).thenAnswer(call -> {
            calls.add("save in " + transactions.current);
            return storedAtVersion(call.getArgument(0), 3);
        });
        doAnswer(call -> calls.add("rename " + call.getArgument(1) + " in " + transactions.current))
                .when(catalogue).renameSupplier(any(), any());
        doAnswer(call -> calls.add("event in " + transactions.current)).when(outbox).append(any());
        OrganisationProfile renamed = new OrganisationProfile(new OrganisationName("Olofströms kommun i Blekinge"),
                OrganisationKind.MUNICIPALITY, new Population(13_061), null);

        Organisation result = service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 2, renamed));

        assertThat(result.name().value()).isEqualTo("Olofströms kommun i Blekinge");
        verify(catalogue).renameSupplier(stored.id(), "Olofströms kommun i Blekinge");
        assertThat(calls).containsExactlyInAnyOrder("rename Olofströms kommun i Blekinge in 1", "save in 1",
                "event in 1");
        assertThat(transactions.started).isOne();
    }

    @Test
    void aRenameThatCannotBeStoredFailsWithTheCatalogueRenameInItsTransaction() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(OrganisationRole.SUPPLIER), NOW).organisation(), 2);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        when(organisations.save(any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "changed meanwhile"));
        List<Integer> renamedIn = new ArrayList<>();
        doAnswer(call -> renamedIn.add(transactions.current)).when(catalogue).renameSupplier(any(), any());
        OrganisationProfile renamed = new OrganisationProfile(new OrganisationName("Olofström"),
                OrganisationKind.MUNICIPALITY, new Population(13_061), null);

        assertThatThrownBy(() -> service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 2, renamed)))
                .isInstanceOf(DomainException.class);

        // the rename ran in the one transaction that failed, so it rolls back with it (CatalogueContract)
        assertThat(renamedIn).containsExactly(1);
        assertThat(transactions.started).isOne();
        verifyNoInteractions(outbox);
    }

    @Test
    void anUpdateThatKeepsTheNameLeavesTheCatalogueAlone() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(OrganisationRole.SUPPLIER), NOW).organisation(), 2);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        when(organisations.save(any())).thenAnswer(call -> storedAtVersion(call.getArgument(0), 3));
        OrganisationProfile grown = new OrganisationProfile(OLOFSTROM_PROFILE.name(), OrganisationKind.MUNICIPALITY,
                new Population(13_500), null);

        Organisation result = service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 2, grown));

        assertThat(result.profile().population().value()).isEqualTo(13_500);
        verify(outbox).append(any(OrganisationUpdated.class));
        verifyNoInteractions(catalogue);
    }

    @Test
    void anUnchangedOrRefusedUpdateLeavesTheCatalogueAlone() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(OrganisationRole.SUPPLIER), NOW).organisation(), 2);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        OrganisationProfile renamed = new OrganisationProfile(new OrganisationName("Olofström"),
                OrganisationKind.MUNICIPALITY, new Population(13_061), null);

        service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 2, OLOFSTROM_PROFILE));
        assertThatThrownBy(() -> service.update(ADMIN, new UpdateOrganisationCommand(stored.id(), 1, renamed)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.update(CONSUMER, new UpdateOrganisationCommand(stored.id(), 2, renamed)))
                .isInstanceOf(DomainException.class);

        verifyNoInteractions(catalogue);
    }

    @Test
    void changingRolesStoresTheChangeAndItsEvent() {
        Organisation stored = storedAtVersion(Organisation.register(OrganisationId.newId(), OLOFSTROM,
                OLOFSTROM_PROFILE, Set.of(OrganisationRole.CONSUMER), NOW).organisation(), 1);
        when(organisations.findById(stored.id())).thenReturn(Optional.of(stored));
        when(organisations.save(any())).thenAnswer(call -> storedAtVersion(call.getArgument(0), 2));

        Organisation changed = service.changeRoles(ADMIN, new ChangeOrganisationRolesCommand(stored.id(), 1,
                Set.of(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER)));

        assertThat(changed.roles()).containsExactlyInAnyOrder(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER);
        ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
        verify(outbox).append(event.capture());
        assertThat(event.getValue()).isInstanceOf(OrganisationRolesChanged.class);
    }

    @Test
    void gettingAnUnknownOrganisationIsNotFound() {
        OrganisationId unknown = OrganisationId.newId();
        when(organisations.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.get(CONSUMER, unknown))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NOT_FOUND));
    }

    private static Organisation storedAtVersion(Organisation organisation, long version) {
        return Organisation.reconstitute(organisation.id(), organisation.number(), organisation.profile(),
                organisation.roles(), version);
    }
}

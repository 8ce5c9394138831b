package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.FeeBasis;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** What every implementation of {@link Organisations} guarantees. */
public abstract class OrganisationsContract {

    private static final Instant LATER = Instant.parse("2026-11-24T10:00:00Z");

    protected PersistenceAdapters adapters;
    private Organisations organisations;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        adapters = Backends.fresh(backend());
        organisations = adapters.organisations();
        transactions = adapters.transactions();
    }

    private Organisation save(Organisation organisation) {
        return transactions.inTransaction(() -> organisations.save(organisation));
    }

    @Test
    void storesANewOrganisationAtVersionOneAndFindsItByIdAndByNumber() {
        Organisation ronneby = anOrganisation().named("Ronneby kommun").withNumber("212000-0837")
                .municipality(29_021).participating(ParticipationLevel.ACTIVE)
                .playing(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER).build();

        Organisation saved = save(ronneby);

        assertThat(saved.version()).isEqualTo(1);
        Organisation byId = transactions.inTransaction(() -> organisations.findById(ronneby.id())).orElseThrow();
        Organisation byNumber = transactions.inTransaction(() -> organisations.findByNumber(ronneby.number()))
                .orElseThrow();
        for (Organisation found : List.of(byId, byNumber)) {
            assertThat(found.id()).isEqualTo(ronneby.id());
            assertThat(found.number().formatted()).isEqualTo("212000-0837");
            assertThat(found.profile()).isEqualTo(ronneby.profile());
            assertThat(found.roles()).containsExactlyInAnyOrder(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER);
            assertThat(found.version()).isEqualTo(1);
        }
    }

    @Test
    void keepsNamesWithSwedishAndOtherLettersIntact() {
        Organisation goteborg = anOrganisation().named("Göteborgs Stad – Ålderdomshem & Öppenvård ٱلعربية").build();

        save(goteborg);

        assertThat(transactions.inTransaction(() -> organisations.findById(goteborg.id())).orElseThrow().name())
                .isEqualTo(new OrganisationName("Göteborgs Stad – Ålderdomshem & Öppenvård ٱلعربية"));
    }

    @Test
    void findsNothingForAnUnknownIdOrNumber() {
        save(anOrganisation().build());

        assertThat(transactions.inTransaction(() -> organisations.findById(OrganisationId.newId()))).isEmpty();
        assertThat(transactions.inTransaction(() -> organisations.findByNumber(
                anOrganisation().build().number()))).isEmpty();
    }

    @Test
    void storesChangesToProfileAndRolesAndCountsTheVersionUp() {
        Organisation stored = save(anOrganisation().playing(OrganisationRole.CONSUMER).build());

        stored.update(new OrganisationProfile(new OrganisationName("Renamed AB"), OrganisationKind.COMPANY, null,
                ParticipationLevel.ASSOCIATED), LATER);
        Organisation afterUpdate = save(stored);
        afterUpdate.changeRoles(Set.of(OrganisationRole.PARTNER), LATER);
        Organisation afterRoles = save(afterUpdate);

        assertThat(afterUpdate.version()).isEqualTo(2);
        assertThat(afterRoles.version()).isEqualTo(3);
        Organisation found = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Renamed AB");
        assertThat(found.kind()).isEqualTo(OrganisationKind.COMPANY);
        assertThat(found.profile().populationIfAny()).isEmpty();
        assertThat(found.profile().participationLevelIfAny()).contains(ParticipationLevel.ASSOCIATED);
        assertThat(found.roles()).containsExactly(OrganisationRole.PARTNER);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void keepsTheHistoryOfPopulationAndParticipationLevelWithTheirDates() {
        Organisation stored = save(anOrganisation().municipality(13_061).build());
        OrganisationProfile before = stored.profile();

        stored.update(new OrganisationProfile(before.name(), before.kind(), new Population(13_500),
                ParticipationLevel.ACTIVE), LocalDate.of(2027, 1, 1), LATER);
        save(stored);

        Organisation found = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();
        assertThat(found.feeBasisHistory()).containsExactly(
                new FeeBasis(FeeBasis.SINCE_REGISTRATION, new Population(13_061), null),
                new FeeBasis(LocalDate.of(2027, 1, 1), new Population(13_500), ParticipationLevel.ACTIVE));
        assertThat(found.feeBasisOn(LocalDate.of(2026, 12, 31)).population()).isEqualTo(new Population(13_061));
        assertThat(found.feeBasisOn(LocalDate.of(2027, 1, 1)).level()).isEqualTo(ParticipationLevel.ACTIVE);
        assertThat(found.profile().populationIfAny()).contains(new Population(13_500));
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedReadAndKeepsTheOtherChange() {
        Organisation stored = save(anOrganisation().named("Original").build());
        Organisation first = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();
        Organisation second = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();

        first.update(profileNamed("First writer"), LATER);
        save(first);
        second.update(profileNamed("Second writer"), LATER);

        assertThatThrownBy(() -> save(second))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION))
                .hasMessage("organisation " + stored.id() + " was changed by somebody else since version 1");
        Organisation found = transactions.inTransaction(() -> organisations.findById(stored.id())).orElseThrow();
        assertThat(found.name().value()).isEqualTo("First writer");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void refusesAChangeOfAnOrganisationThatIsNotStored() {
        Organisation read = anOrganisation().build();
        Organisation neverStored = Organisation.reconstitute(read.id(), read.number(), read.profile(), read.roles(), 1);

        assertThatThrownBy(() -> save(neverStored))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NOT_FOUND))
                .hasMessage("organisation " + read.id() + " no longer exists");
        assertThat(transactions.inTransaction(() -> organisations.findById(read.id()))).isEmpty();
    }

    @Test
    void refusesASecondOrganisationWithTheSameNumber() {
        Organisation original = save(anOrganisation().named("Original").withNumber("212000-2239").build());

        assertThatThrownBy(() -> save(anOrganisation().named("Impostor").withNumber("2120002239").build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NUMBER_TAKEN));
        Organisation found = transactions.inTransaction(() -> organisations.findByNumber(original.number()))
                .orElseThrow();
        assertThat(found.name().value()).isEqualTo("Original");
    }

    @Test
    void listsByNameInStablePagesWithTheTotal() {
        for (String name : List.of("Delta", "Alpha", "Echo", "Charlie", "Bravo")) {
            save(anOrganisation().named(name).build());
        }

        Page<Organisation> first = transactions.inTransaction(() ->
                organisations.list(OrganisationFilter.all(), new PageRequest(0, 2)));
        Page<Organisation> third = transactions.inTransaction(() ->
                organisations.list(OrganisationFilter.all(), new PageRequest(2, 2)));

        assertThat(first.items()).extracting(o -> o.name().value()).containsExactly("Alpha", "Bravo");
        assertThat(third.items()).extracting(o -> o.name().value()).containsExactly("Echo");
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
    }

    @Test
    void filtersByKindAndByRole() {
        save(anOrganisation().named("Alpha kommun").ofKind(OrganisationKind.MUNICIPALITY)
                .playing(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER).build());
        save(anOrganisation().named("Bravo kommun").ofKind(OrganisationKind.MUNICIPALITY)
                .playing(OrganisationRole.CONSUMER).build());
        save(anOrganisation().named("Charlie AB").ofKind(OrganisationKind.COMPANY)
                .playing(OrganisationRole.SUPPLIER, OrganisationRole.PARTNER).build());
        save(anOrganisation().named("Delta region").ofKind(OrganisationKind.REGION).playing().build());

        assertThat(names(new OrganisationFilter(OrganisationKind.MUNICIPALITY, null)))
                .containsExactly("Alpha kommun", "Bravo kommun");
        assertThat(names(new OrganisationFilter(null, OrganisationRole.SUPPLIER)))
                .containsExactly("Alpha kommun", "Charlie AB");
        assertThat(names(new OrganisationFilter(OrganisationKind.MUNICIPALITY, OrganisationRole.SUPPLIER)))
                .containsExactly("Alpha kommun");
        assertThat(names(new OrganisationFilter(OrganisationKind.AGENCY, null))).isEmpty();
        Page<Organisation> suppliers = transactions.inTransaction(() -> organisations.list(
                new OrganisationFilter(null, OrganisationRole.SUPPLIER), PageRequest.first()));
        assertThat(suppliers.totalItems()).isEqualTo(2);
    }

    @Test
    void findsByPartOfTheNameInAnyCaseAndTakesWildcardsLiterally() {
        save(anOrganisation().named("Ronneby kommun").build());
        save(anOrganisation().named("Region Blekinge").ofKind(OrganisationKind.REGION).build());
        save(anOrganisation().named("100% Välfärd AB").ofKind(OrganisationKind.COMPANY).build());
        save(anOrganisation().named("Örebro kommun").build());

        assertThat(names(new OrganisationFilter(null, null, "RONNEBY"))).containsExactly("Ronneby kommun");
        assertThat(names(new OrganisationFilter(null, null, "kommun"))).hasSize(2);
        assertThat(names(new OrganisationFilter(null, null, "öreb"))).containsExactly("Örebro kommun");
        assertThat(names(new OrganisationFilter(null, null, "100%"))).containsExactly("100% Välfärd AB");
        assertThat(names(new OrganisationFilter(null, null, "%"))).containsExactly("100% Välfärd AB");
        assertThat(names(new OrganisationFilter(null, null, "_"))).isEmpty();
        assertThat(names(new OrganisationFilter(OrganisationKind.REGION, null, "e"))).containsExactly("Region Blekinge");
        assertThat(transactions.inTransaction(() -> organisations.list(new OrganisationFilter(null, null, "kommun"),
                new PageRequest(0, 1))).totalItems()).isEqualTo(2);
    }

    @Test
    void sortsByTheChosenPropertyThenByName() {
        save(anOrganisation().named("Bravo kommun").withNumber("212000-0837").municipality(29_021).build());
        save(anOrganisation().named("Alpha AB").withNumber("559999-0008").ofKind(OrganisationKind.COMPANY).build());
        save(anOrganisation().named("Charlie kommun").withNumber("212000-1124").municipality(362_133).build());

        assertThat(sorted(OrganisationSort.Key.POPULATION, false))
                .containsExactly("Alpha AB", "Bravo kommun", "Charlie kommun");
        assertThat(sorted(OrganisationSort.Key.POPULATION, true))
                .containsExactly("Charlie kommun", "Bravo kommun", "Alpha AB");
        assertThat(sorted(OrganisationSort.Key.ORGANISATION_NUMBER, true))
                .containsExactly("Alpha AB", "Charlie kommun", "Bravo kommun");
        assertThat(sorted(OrganisationSort.Key.NAME, true))
                .containsExactly("Charlie kommun", "Bravo kommun", "Alpha AB");
        assertThat(sorted(OrganisationSort.Key.KIND, false))
                .containsExactly("Alpha AB", "Bravo kommun", "Charlie kommun");
    }

    @Test
    void knowsWhetherAnyOrganisationOfAKindExists() {
        save(anOrganisation().ofKind(OrganisationKind.OWNER).build());

        assertThat(transactions.inTransaction(() -> organisations.anyOfKind(OrganisationKind.OWNER))).isTrue();
        assertThat(transactions.inTransaction(() -> organisations.anyOfKind(OrganisationKind.AGENCY))).isFalse();
    }

    @Test
    void aFailedTransactionLeavesNoTraceOfItsWrites() {
        Organisation kept = save(anOrganisation().named("Kept").build());
        Organisation lost = anOrganisation().named("Lost").build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            organisations.save(lost);
            Organisation changed = organisations.findById(kept.id()).orElseThrow();
            changed.update(profileNamed("Changed then rolled back"), LATER);
            organisations.save(changed);
            throw new IllegalStateException("something failed after the writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> organisations.findById(lost.id()))).isEmpty();
        Organisation found = transactions.inTransaction(() -> organisations.findById(kept.id())).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Kept");
        assertThat(found.version()).isEqualTo(1);
    }

    private List<String> sorted(OrganisationSort.Key key, boolean descending) {
        return transactions.inTransaction(() -> organisations.list(OrganisationFilter.all(),
                new OrganisationSort(key, descending), PageRequest.first())).items().stream()
                .map(o -> o.name().value()).toList();
    }

    private List<String> names(OrganisationFilter filter) {
        return transactions.inTransaction(() -> organisations.list(filter, PageRequest.first())).items().stream()
                .map(o -> o.name().value()).toList();
    }

    private static OrganisationProfile profileNamed(String name) {
        return new OrganisationProfile(new OrganisationName(name), OrganisationKind.COMPANY, null, null);
    }
}

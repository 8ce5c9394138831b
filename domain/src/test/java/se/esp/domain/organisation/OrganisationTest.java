package se.esp.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationNumber RONNEBY = OrganisationNumber.parse("212000-0837");

    private static OrganisationProfile municipality(String name, long population) {
        return new OrganisationProfile(new OrganisationName(name), OrganisationKind.MUNICIPALITY,
                new Population(population), null);
    }

    @Test
    void registrationRecordsAnEventWithEverythingRegistered() {
        OrganisationId id = OrganisationId.newId();

        var registration = Organisation.register(id, RONNEBY, municipality("Ronneby kommun", 29_021),
                Set.of(OrganisationRole.SUPPLIER), NOW);

        assertThat(registration.organisation().version()).isZero();
        assertThat(registration.organisation().plays(OrganisationRole.SUPPLIER)).isTrue();
        assertThat(registration.event().organisationId()).isEqualTo(id);
        assertThat(registration.event().aggregateId()).isEqualTo(id.toString());
        assertThat(registration.event().organisationNumber()).isEqualTo(RONNEBY);
        assertThat(registration.event().occurredAt()).isEqualTo(NOW);
        assertThat(registration.event().roles()).containsExactly(OrganisationRole.SUPPLIER);
    }

    @Test
    void changingRolesRecordsThePreviousAndTheNewRoles() {
        Organisation ronneby = Organisation.register(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(OrganisationRole.CONSUMER), NOW).organisation();

        OrganisationRolesChanged changed = ronneby.changeRoles(
                Set.of(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER), NOW);

        assertThat(changed.previousRoles()).containsExactly(OrganisationRole.CONSUMER);
        assertThat(changed.roles()).containsExactlyInAnyOrder(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER);
        assertThat(ronneby.roles()).containsExactlyInAnyOrder(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER);
    }

    @Test
    void aChangedLevelOrPopulationIsKeptWithTheDayItAppliesFromAndEarlierDaysKeepTheirValues() {
        Organisation ronneby = Organisation.register(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(), NOW).organisation();
        OrganisationProfile before = ronneby.profile();

        ronneby.update(new OrganisationProfile(before.name(), before.kind(), new Population(29_500),
                ParticipationLevel.ACTIVE), java.time.LocalDate.of(2027, 1, 1), NOW);
        ronneby.update(new OrganisationProfile(before.name(), before.kind(), new Population(29_500),
                ParticipationLevel.DRIVING), java.time.LocalDate.of(2027, 7, 1), NOW);

        assertThat(ronneby.feeBasisOn(java.time.LocalDate.of(2026, 12, 31)))
                .isEqualTo(new FeeBasis(FeeBasis.SINCE_REGISTRATION, new Population(29_021), null));
        assertThat(ronneby.feeBasisOn(java.time.LocalDate.of(2027, 6, 30)).level()).isEqualTo(ParticipationLevel.ACTIVE);
        assertThat(ronneby.feeBasisOn(java.time.LocalDate.of(2027, 7, 1)).level()).isEqualTo(ParticipationLevel.DRIVING);
        assertThat(ronneby.profile().participationLevel()).isEqualTo(ParticipationLevel.DRIVING);
        assertThatThrownBy(() -> ronneby.update(new OrganisationProfile(before.name(), before.kind(),
                new Population(30_000), ParticipationLevel.DRIVING), java.time.LocalDate.of(2027, 3, 1), NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("effectiveFrom"));
    }

    @Test
    void aRenameAloneRecordsNoHistory() {
        Organisation ronneby = Organisation.register(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(), NOW).organisation();
        OrganisationProfile before = ronneby.profile();

        ronneby.update(new OrganisationProfile(new OrganisationName("Ronneby"), before.kind(), before.population(),
                before.participationLevel()), java.time.LocalDate.of(2027, 1, 1), NOW);

        assertThat(ronneby.feeBasisHistory()).isEmpty();
    }

    @Test
    void updatingReplacesTheProfile() {
        Organisation ronneby = Organisation.register(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(), NOW).organisation();

        OrganisationUpdated updated = ronneby.update(municipality("Ronneby", 29_500), NOW);

        assertThat(ronneby.name().value()).isEqualTo("Ronneby");
        assertThat(ronneby.profile().populationIfAny()).contains(new Population(29_500));
        assertThat(updated.profile()).isEqualTo(ronneby.profile());
    }

    @Test
    void rejectsAChangeBasedOnAnOutdatedVersion() {
        Organisation stored = Organisation.reconstitute(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(), 3);

        assertThatThrownBy(() -> stored.requireVersion(2))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
    }

    @Test
    void acceptsAChangeBasedOnTheCurrentVersion() {
        Organisation stored = Organisation.reconstitute(OrganisationId.newId(), RONNEBY,
                municipality("Ronneby kommun", 29_021), Set.of(), 3);

        stored.requireVersion(3);

        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void aMunicipalityMustHaveAPopulation() {
        assertThatThrownBy(() -> new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                OrganisationKind.MUNICIPALITY, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("population:" + ViolationCode.REQUIRED));
    }

    @Test
    void aCompanyHasNoPopulation() {
        assertThatThrownBy(() -> new OrganisationProfile(new OrganisationName("Exempelbolaget AB"),
                OrganisationKind.COMPANY, new Population(10), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("population:" + ViolationCode.NOT_ALLOWED));
    }

    @Test
    void rejectsANegativePopulation() {
        assertThatThrownBy(() -> new Population(-1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("population:" + ViolationCode.OUT_OF_RANGE));
    }

    @Test
    void rejectsABlankOrOverlongName() {
        assertThatThrownBy(() -> new OrganisationName("  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly(ViolationCode.REQUIRED));
        assertThatThrownBy(() -> new OrganisationName("x".repeat(OrganisationName.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly(ViolationCode.TOO_LONG));
    }

    @Test
    void trimsTheName() {
        assertThat(new OrganisationName("  Borlänge kommun ").value()).isEqualTo("Borlänge kommun");
    }
}

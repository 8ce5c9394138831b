package se.esp.adapter.persistence.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;

/** Builds organisations for tests: {@code anOrganisation().named("Ronneby kommun").municipality(29_021).build()}. */
public final class OrganisationFixtures {

    private OrganisationId id = OrganisationId.newId();
    private OrganisationNumber number = randomOrganisationNumber();
    private String name = "Exempelkommunen";
    private OrganisationKind kind = OrganisationKind.MUNICIPALITY;
    private Long population = 10_000L;
    private ParticipationLevel level;
    private Set<OrganisationRole> roles = EnumSet.of(OrganisationRole.CONSUMER);

    private OrganisationFixtures() {
    }

    public static OrganisationFixtures anOrganisation() {
        return new OrganisationFixtures();
    }

    /** A valid, random organisation number; never one of a real organisation on purpose, but it could be one. */
    public static OrganisationNumber randomOrganisationNumber() {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        for (int check = 0; check <= 9; check++) {
            String candidate = nine + check;
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int p = (candidate.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += p / 10 + p % 10;
            }
            if (sum % 10 == 0) {
                return new OrganisationNumber(candidate);
            }
        }
        throw new AssertionError("unreachable");
    }

    public OrganisationFixtures named(String name) {
        this.name = name;
        return this;
    }

    public OrganisationFixtures withNumber(String number) {
        this.number = OrganisationNumber.parse(number);
        return this;
    }

    public OrganisationFixtures municipality(long population) {
        this.kind = OrganisationKind.MUNICIPALITY;
        this.population = population;
        return this;
    }

    public OrganisationFixtures ofKind(OrganisationKind kind) {
        this.kind = kind;
        this.population = kind.hasPopulation() ? 10_000L : null;
        return this;
    }

    public OrganisationFixtures participating(ParticipationLevel level) {
        this.level = level;
        return this;
    }

    public OrganisationFixtures playing(OrganisationRole... roles) {
        this.roles = roles.length == 0 ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.of(roles[0], roles);
        return this;
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(new OrganisationName(name), kind,
                population == null ? null : new Population(population), level);
    }

    /** A new, not yet stored organisation (version 0). */
    public Organisation build() {
        return Organisation.register(id, number, profile(), roles, Instant.parse("2026-11-23T09:00:00Z"))
                .organisation();
    }
}

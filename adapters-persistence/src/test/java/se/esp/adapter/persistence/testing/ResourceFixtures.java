package se.esp.adapter.persistence.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * Builds resources for tests: {@code aResource().named("Amina").employedBy(malmo).speaking("ar")
 * .withCompetence("study-guidance", "2028-01-01").verifiedBy("coordinator").build()}.
 */
public final class ResourceFixtures {

    public static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final ResourceId id = ResourceId.newId();
    private String person = "person-" + UUID.randomUUID();
    private String name = "Amina Haddad";
    private OrganisationId employer;
    private final Set<LanguageCode> languages = new TreeSet<>();
    private Money rate = Money.ofKronor(450);
    private List<WeeklySlot> slots = List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00"),
            WeeklySlot.of(DayOfWeek.THURSDAY, "13:00", "16:00"));
    private int maxHours = 4;
    private final List<CompetenceDeclaration> competences = new ArrayList<>();
    private String verifier;

    private ResourceFixtures() {
    }

    public static ResourceFixtures aResource() {
        return new ResourceFixtures();
    }

    public ResourceFixtures named(String name) {
        this.name = name;
        return this;
    }

    public ResourceFixtures person(String userId) {
        this.person = userId;
        return this;
    }

    public ResourceFixtures employedBy(OrganisationId employer) {
        this.employer = employer;
        return this;
    }

    public ResourceFixtures speaking(String... codes) {
        for (String code : codes) {
            languages.add(new LanguageCode(code));
        }
        return this;
    }

    public ResourceFixtures atRate(String kronor) {
        this.rate = Money.parse(kronor);
        return this;
    }

    public ResourceFixtures available(int maxHoursPerWeek, WeeklySlot... slots) {
        this.slots = List.of(slots);
        this.maxHours = maxHoursPerWeek;
        return this;
    }

    public ResourceFixtures withCompetence(String code, String expiresOn) {
        competences.add(new CompetenceDeclaration(new CompetenceCode(code), "Evidence for " + code,
                LocalDate.parse(expiresOn)));
        return this;
    }

    /** Every declared competence is verified by this coordinator. */
    public ResourceFixtures verifiedBy(String coordinator) {
        this.verifier = coordinator;
        return this;
    }

    public ResourceProfile profile() {
        return new ResourceProfile(name, languages.isEmpty() ? Set.of(new LanguageCode("sv")) : languages, employer,
                rate, new Availability(slots, maxHours));
    }

    /** A new, not yet stored resource (version 0). */
    public Resource build() {
        Resource resource = Resource.register(id, person, profile(), competences, AT, TODAY).resource();
        if (verifier != null) {
            competences.forEach(c -> resource.verifyCompetence(c.code(), verifier, null, AT, TODAY));
        }
        return resource;
    }
}

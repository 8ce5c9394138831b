package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.ResourceFixtures.AT;
import static se.esp.adapter.persistence.testing.ResourceFixtures.TODAY;
import static se.esp.adapter.persistence.testing.ResourceFixtures.aResource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceStatus;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;

/** What every implementation of {@link Resources} guarantees. */
public abstract class ResourcesContract {

    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");

    private Resources resources;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        resources = adapters.resources();
        transactions = adapters.transactions();
    }

    private Resource save(Resource resource) {
        return transactions.inTransaction(() -> resources.save(resource));
    }

    private Resource find(ResourceId id) {
        return transactions.inTransaction(() -> resources.findById(id)).orElseThrow();
    }

    @Test
    void storesANewResourceAtVersionOneWithEverythingItHolds() {
        OrganisationId malmo = OrganisationId.newId();
        Resource amina = aResource().named("Amina Haddad – studiehandledare ٱلعربية").person("amina")
                .employedBy(malmo).speaking("ar", "sv", "ti").atRate("450.50")
                .available(6, WeeklySlot.of(DayOfWeek.MONDAY, "08:15", "09:45"),
                        WeeklySlot.of(DayOfWeek.SUNDAY, "18:00", "23:59"))
                .withCompetence("study-guidance", "2028-01-31").withCompetence("civic-orientation", "2027-05-01")
                .build();
        amina.verifyCompetence(STUDY_GUIDANCE, "coordinator-ronneby", "checked the diploma",
                java.time.Instant.parse("2026-11-23T10:15:30.123456789Z"), TODAY);

        Resource saved = save(amina);

        assertThat(saved.version()).isEqualTo(1);
        Resource byPerson = transactions.inTransaction(() -> resources.findByPersonUserId("amina")).orElseThrow();
        for (Resource found : List.of(find(amina.id()), byPerson)) {
            assertThat(found.id()).isEqualTo(amina.id());
            assertThat(found.personUserId()).isEqualTo("amina");
            assertThat(found.profile()).isEqualTo(amina.profile());
            assertThat(found.status()).isEqualTo(ResourceStatus.VERIFIED);
            assertThat(found.version()).isEqualTo(1);
            assertThat(found.competences()).extracting(Competence::code)
                    .containsExactly(new CompetenceCode("civic-orientation"), STUDY_GUIDANCE);
            Competence verified = found.competence(STUDY_GUIDANCE).orElseThrow();
            assertThat(verified.status()).isEqualTo(CompetenceStatus.VERIFIED);
            assertThat(verified.decidedBy()).isEqualTo("coordinator-ronneby");
            assertThat(verified.decidedAt()).isEqualTo(java.time.Instant.parse("2026-11-23T10:15:30.123456Z"));
            assertThat(verified.remark()).isEqualTo("checked the diploma");
            assertThat(verified.expiresOn()).isEqualTo(LocalDate.parse("2028-01-31"));
            assertThat(verified.declaration().evidence()).isEqualTo("Evidence for study-guidance");
            assertThat(found.competence(new CompetenceCode("civic-orientation")).orElseThrow().status())
                    .isEqualTo(CompetenceStatus.PENDING);
        }
    }

    @Test
    void anIndependentResourceHasNoEmployer() {
        Resource independent = save(aResource().speaking("so").build());

        assertThat(find(independent.id()).profile().employerIfAny()).isEmpty();
    }

    @Test
    void storesChangesToProfileCompetencesAndStatusAndCountsTheVersionUp() {
        Resource stored = save(aResource().speaking("ar").withCompetence("study-guidance", "2028-01-01").build());

        stored.verifyCompetence(STUDY_GUIDANCE, "coordinator", null, AT, TODAY);
        stored.changeProfile(aResource().named("Amina H.").speaking("fa").available(2,
                WeeklySlot.of(DayOfWeek.FRIDAY, "09:00", "11:00")).profile(), AT);
        Resource second = save(stored);
        second.declareCompetence(new CompetenceDeclaration(new CompetenceCode("nurse"), "Licence",
                LocalDate.parse("2030-01-01")), AT, TODAY);
        second.suspend("complaint", AT);
        Resource third = save(second);

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        Resource found = find(stored.id());
        assertThat(found.profile().displayName()).isEqualTo("Amina H.");
        assertThat(found.profile().languages()).containsExactly(new LanguageCode("fa"));
        assertThat(found.profile().availability().slots())
                .containsExactly(WeeklySlot.of(DayOfWeek.FRIDAY, "09:00", "11:00"));
        assertThat(found.profile().availability().maxHoursPerWeek()).isEqualTo(2);
        assertThat(found.competences()).extracting(Competence::status)
                .containsExactly(CompetenceStatus.PENDING, CompetenceStatus.VERIFIED);
        assertThat(found.status()).isEqualTo(ResourceStatus.SUSPENDED);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedReadAndKeepsTheOtherChange() {
        Resource stored = save(aResource().named("Original").build());
        Resource first = find(stored.id());
        Resource second = find(stored.id());
        first.changeProfile(aResource().named("First writer").profile(), AT);
        save(first);
        second.changeProfile(aResource().named("Second writer").profile(), AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find(stored.id()).profile().displayName()).isEqualTo("First writer");
    }

    @Test
    void aPersonHasOneResource() {
        save(aResource().person("amina").named("Original").build());

        assertThatThrownBy(() -> save(aResource().person("amina").named("Second").build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_ALREADY_REGISTERED));
        assertThat(transactions.inTransaction(() -> resources.findByPersonUserId("amina")).orElseThrow()
                .profile().displayName()).isEqualTo("Original");
    }

    @Test
    void findsNothingForAnUnknownIdOrPerson() {
        save(aResource().build());

        assertThat(transactions.inTransaction(() -> resources.findById(ResourceId.newId()))).isEmpty();
        assertThat(transactions.inTransaction(() -> resources.findByPersonUserId("nobody"))).isEmpty();
    }

    @Test
    void listsByNameInStablePagesAndFiltersByStatusCompetenceLanguageAndEmployer() {
        OrganisationId malmo = OrganisationId.newId();
        save(aResource().named("Delta").speaking("ar").employedBy(malmo)
                .withCompetence("study-guidance", "2028-01-01").verifiedBy("c").build());
        save(aResource().named("Alpha").speaking("ar", "sv").withCompetence("study-guidance", "2028-01-01").build());
        save(aResource().named("Charlie").speaking("ti").employedBy(malmo).withCompetence("nurse", "2028-01-01")
                .verifiedBy("c").build());
        save(aResource().named("Bravo").speaking("sv").build());

        Page<Resource> first = transactions.inTransaction(() ->
                resources.list(ResourceFilter.all(), new PageRequest(0, 3)));
        assertThat(first.items()).extracting(r -> r.profile().displayName()).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(names(new ResourceFilter(ResourceStatus.VERIFIED, null, null, null)))
                .containsExactly("Charlie", "Delta");
        assertThat(names(new ResourceFilter(null, STUDY_GUIDANCE, null, null))).containsExactly("Alpha", "Delta");
        assertThat(names(new ResourceFilter(null, null, new LanguageCode("ar"), null))).containsExactly("Alpha", "Delta");
        assertThat(names(new ResourceFilter(null, null, null, malmo))).containsExactly("Charlie", "Delta");
        assertThat(names(new ResourceFilter(ResourceStatus.VERIFIED, STUDY_GUIDANCE, new LanguageCode("ar"), malmo)))
                .containsExactly("Delta");
        assertThat(names(new ResourceFilter(ResourceStatus.SUSPENDED, null, null, null))).isEmpty();
    }

    @Test
    void theSupplyIsEveryVerifiedOrActiveResourceSortedByIdAsText() {
        Resource verified = save(aResource().withCompetence("nurse", "2028-01-01").verifiedBy("c").build());
        Resource active = aResource().withCompetence("nurse", "2028-01-01").verifiedBy("c").build();
        active.activate("first assignment", AT);
        active = save(active);
        save(aResource().withCompetence("nurse", "2028-01-01").build());
        Resource suspended = aResource().withCompetence("nurse", "2028-01-01").verifiedBy("c").build();
        suspended.suspend("complaint", AT);
        save(suspended);

        List<Resource> supply = transactions.inTransaction(() -> resources.matchable());

        assertThat(supply).extracting(r -> r.id().toString())
                .containsExactlyElementsOf(java.util.stream.Stream.of(verified.id(), active.id())
                        .map(ResourceId::toString).sorted().toList());
        assertThat(supply).allSatisfy(r -> assertThat(r.competences()).hasSize(1));
    }

    @Test
    void theSupplyOfSomeLanguagesIsTheMatchableResourcesSpeakingOneOfThem() {
        Resource arabic = save(aResource().speaking("ar", "sv").withCompetence("nurse", "2028-01-01")
                .verifiedBy("c").build());
        Resource tigrinya = save(aResource().speaking("ti").withCompetence("nurse", "2028-01-01")
                .verifiedBy("c").build());
        save(aResource().speaking("so").withCompetence("nurse", "2028-01-01").verifiedBy("c").build());
        save(aResource().speaking("ar").withCompetence("nurse", "2028-01-01").build());

        List<Resource> supply = transactions.inTransaction(() -> resources.matchableSpeaking(List.of(
                new se.esp.domain.shared.LanguageCode("ar"), new se.esp.domain.shared.LanguageCode("ti"))));

        assertThat(supply).extracting(r -> r.id().toString())
                .containsExactlyElementsOf(java.util.stream.Stream.of(arabic.id(), tigrinya.id())
                        .map(ResourceId::toString).sorted().toList());
        assertThat(supply).allSatisfy(r -> assertThat(r.competences()).hasSize(1));
    }

    @Test
    void aFailedTransactionLeavesNoTraceOfItsWrites() {
        Resource kept = save(aResource().named("Kept").build());
        Resource lost = aResource().named("Lost").build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            resources.save(lost);
            Resource changed = resources.findById(kept.id()).orElseThrow();
            changed.changeProfile(aResource().named("Changed then rolled back").profile(), AT);
            resources.save(changed);
            throw new IllegalStateException("something failed after the writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> resources.findById(lost.id()))).isEmpty();
        assertThat(find(kept.id()).profile().displayName()).isEqualTo("Kept");
        assertThat(find(kept.id()).version()).isEqualTo(1);
    }

    private List<String> names(ResourceFilter filter) {
        return transactions.inTransaction(() -> resources.list(filter, PageRequest.first())).items().stream()
                .map(r -> r.profile().displayName()).toList();
    }
}

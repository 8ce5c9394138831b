package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.ScalingProjects;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/** What every implementation of {@link ScalingProjects} guarantees. */
public abstract class ScalingProjectsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private ScalingProjects projects;
    private Transactions transactions;
    private Organisation ronneby;
    private Organisation malmo;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        projects = adapters.scalingProjects();
        transactions = adapters.transactions();
        ronneby = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Ronneby kommun").build()));
        malmo = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Malmö stad").build()));
    }

    private ScalingProject save(ScalingProject project) {
        return transactions.inTransaction(() -> projects.save(project));
    }

    private ScalingProject find(ScalingProjectId id) {
        return transactions.inTransaction(() -> projects.findById(id)).orElseThrow();
    }

    private ScalingProject registered(Organisation owner, String name) {
        return save(ScalingProject.register(ScalingProjectId.newId(), owner.id(), name, Money.ofKronor(800_000), AT)
                .project());
    }

    @Test
    void storesAProjectAndItsStatusChanges() {
        ScalingProject stored = registered(ronneby, "Studiehandledning på arabiska – nationell skala");
        stored.changeStatus(ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 11, 5), AT);
        ScalingProject active = save(stored);

        ScalingProject found = find(stored.id());
        assertThat(active.version()).isEqualTo(2);
        assertThat(found.name()).isEqualTo("Studiehandledning på arabiska – nationell skala");
        assertThat(found.owner()).isEqualTo(ronneby.id());
        assertThat(found.budget()).isEqualTo(Money.ofKronor(800_000));
        assertThat(found.status()).isEqualTo(ScalingProjectStatus.ACTIVE);
        assertThat(found.activatedOn()).contains(LocalDate.of(2026, 11, 5));
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void findsTheProjectsActivatedOrEndedInAMonth() {
        ScalingProject november = registered(ronneby, "A");
        november.changeStatus(ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 11, 30), AT);
        november = save(november);
        ScalingProject october = registered(malmo, "B");
        october.changeStatus(ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 10, 31), AT);
        october.changeStatus(ScalingProjectStatus.CANCELLED, LocalDate.of(2026, 11, 1), AT);
        save(october);
        registered(malmo, "C");

        assertThat(transactions.inTransaction(() -> projects.activatedIn(YearMonth.of(2026, 11))))
                .extracting(ScalingProject::name).containsExactly("A");
        assertThat(transactions.inTransaction(() -> projects.activatedIn(YearMonth.of(2026, 10))))
                .extracting(ScalingProject::name).containsExactly("B");
        assertThat(transactions.inTransaction(() -> projects.endedIn(YearMonth.of(2026, 11))))
                .extracting(ScalingProject::name).containsExactly("B");
        assertThat(november.version()).isEqualTo(2);
    }

    @Test
    void listsByNameAllOrOneOwnersInPages() {
        registered(malmo, "Bravo");
        registered(ronneby, "Alpha");
        registered(malmo, "Charlie");

        Page<ScalingProject> all = transactions.inTransaction(() -> projects.list(null, new PageRequest(0, 2)));
        Page<ScalingProject> malmos = transactions.inTransaction(() -> projects.list(malmo.id(), PageRequest.first()));

        assertThat(all.items()).extracting(ScalingProject::name).containsExactly("Alpha", "Bravo");
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(malmos.items()).extracting(ScalingProject::name).containsExactly("Bravo", "Charlie");
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedRead() {
        ScalingProject stored = registered(ronneby, "A");
        ScalingProject first = find(stored.id());
        ScalingProject second = find(stored.id());
        first.changeStatus(ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 11, 1), AT);
        save(first);
        second.changeStatus(ScalingProjectStatus.CANCELLED, LocalDate.of(2026, 11, 1), AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find(stored.id()).status()).isEqualTo(ScalingProjectStatus.ACTIVE);
    }
}

package se.esp.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;

/** Where scaling projects are kept. Called inside {@link Transactions#inTransaction}. */
public interface ScalingProjects {

    Optional<ScalingProject> findById(ScalingProjectId id);

    /** Projects by name, then id; only one owner's when {@code owner} is given. */
    Page<ScalingProject> list(OrganisationId owner, PageRequest page);

    /** Projects that became active in the month (whatever their status now). */
    List<ScalingProject> activatedIn(YearMonth month);

    /** Projects completed or cancelled in the month. */
    List<ScalingProject> endedIn(YearMonth month);

    /**
     * Stores a new project (version 0) or a change and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} on an outdated read
     */
    ScalingProject save(ScalingProject project);
}

package se.esp.adapter.persistence.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.ScalingProjects;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.shared.ErrorCode;

/** Scaling projects in a map; callers get copies. */
public final class InMemoryScalingProjects extends InMemoryAggregates<ScalingProjectId, ScalingProject>
        implements ScalingProjects {

    public InMemoryScalingProjects() {
        super(ScalingProject::id, ScalingProject::version, p -> "scaling project " + p.id(),
                ErrorCode.SCALING_PROJECT_NOT_FOUND);
    }

    @Override
    public Page<ScalingProject> list(OrganisationId owner, PageRequest page) {
        return page(stored()
                .filter(p -> owner == null || p.owner().equals(owner))
                .sorted(Comparator.comparing(ScalingProject::name).thenComparing(p -> p.id().toString()))
                .toList(), page);
    }

    @Override
    public List<ScalingProject> activatedIn(YearMonth month) {
        return in(month, p -> p.activatedOn().orElse(null));
    }

    @Override
    public List<ScalingProject> endedIn(YearMonth month) {
        return in(month, p -> p.endedOn().orElse(null));
    }

    private List<ScalingProject> in(YearMonth month, Function<ScalingProject, LocalDate> day) {
        return stored()
                .filter(p -> day.apply(p) != null && YearMonth.from(day.apply(p)).equals(month))
                .sorted(Comparator.comparing(p -> p.id().toString()))
                .map(this::copy)
                .toList();
    }

    @Override
    protected ScalingProject copy(ScalingProject p, long version) {
        return ScalingProject.reconstitute(p.id(), p.owner(), p.name(), p.budget(), p.status(),
                p.activatedOn().orElse(null), p.endedOn().orElse(null), version);
    }
}

package se.esp.adapter.persistence.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.ScalingProjects;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Scaling projects in a map; callers get copies. */
public final class InMemoryScalingProjects implements ScalingProjects, InMemoryStore {

    private Map<ScalingProjectId, ScalingProject> byId = new HashMap<>();

    @Override
    public synchronized Optional<ScalingProject> findById(ScalingProjectId id) {
        return Optional.ofNullable(byId.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized Page<ScalingProject> list(OrganisationId owner, PageRequest page) {
        List<ScalingProject> matching = byId.values().stream()
                .filter(p -> owner == null || p.owner().equals(owner))
                .sorted(Comparator.comparing(ScalingProject::name).thenComparing(p -> p.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(p -> copy(p, p.version()))
                .toList(), page, matching.size());
    }

    @Override
    public synchronized List<ScalingProject> activatedIn(YearMonth month) {
        return in(month, p -> p.activatedOn().orElse(null));
    }

    @Override
    public synchronized List<ScalingProject> endedIn(YearMonth month) {
        return in(month, p -> p.endedOn().orElse(null));
    }

    private List<ScalingProject> in(YearMonth month, Function<ScalingProject, LocalDate> day) {
        return byId.values().stream()
                .filter(p -> day.apply(p) != null && YearMonth.from(day.apply(p)).equals(month))
                .sorted(Comparator.comparing(p -> p.id().toString()))
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized ScalingProject save(ScalingProject project) {
        ScalingProject stored = byId.get(project.id());
        if (project.version() != 0) {
            if (stored == null) {
                throw new DomainException(ErrorCode.SCALING_PROJECT_NOT_FOUND,
                        "scaling project " + project.id() + " no longer exists");
            }
            if (stored.version() != project.version()) {
                throw new DomainException(ErrorCode.STALE_VERSION, "scaling project " + project.id()
                        + " was changed by somebody else since version " + project.version());
            }
        }
        ScalingProject next = copy(project, project.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<ScalingProjectId, ScalingProject>) snapshot);
    }

    private static ScalingProject copy(ScalingProject p, long version) {
        return ScalingProject.reconstitute(p.id(), p.owner(), p.name(), p.budget(), p.status(),
                p.activatedOn().orElse(null), p.endedOn().orElse(null), version);
    }
}

package se.esp.adapter.persistence.organisation;

import java.util.Comparator;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.application.port.out.Organisations;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Organisations in a map. Callers only ever get copies, so a change is kept only when saved, as with a database.
 */
public final class InMemoryOrganisations implements Organisations, InMemoryStore {

    private static final Comparator<Organisation> BY_NAME_THEN_ID = Comparator
            .comparing((Organisation o) -> o.name().value(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.id().toString());

    private Map<OrganisationId, Organisation> byId = new HashMap<>();

    /** As the databases order: nulls (no population) first ascending, then name and id. */
    private static Comparator<Organisation> order(OrganisationSort sort) {
        Comparator<Organisation> first = switch (sort.key()) {
            case NAME -> Comparator.comparing((Organisation o) -> o.name().value(), String.CASE_INSENSITIVE_ORDER);
            case ORGANISATION_NUMBER -> Comparator.comparing((Organisation o) -> o.number().value());
            case KIND -> Comparator.comparing((Organisation o) -> o.kind().name());
            case POPULATION -> Comparator.comparing((Organisation o) -> o.profile().populationIfAny()
                    .map(Population::value).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        return (sort.descending() ? first.reversed() : first).thenComparing(BY_NAME_THEN_ID);
    }

    @Override
    public synchronized Optional<Organisation> findById(OrganisationId id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryOrganisations::copy);
    }

    @Override
    public synchronized Optional<Organisation> findByNumber(OrganisationNumber number) {
        return byId.values().stream().filter(o -> o.number().equals(number)).findFirst()
                .map(InMemoryOrganisations::copy);
    }

    @Override
    public synchronized boolean anyOfKind(OrganisationKind kind) {
        return byId.values().stream().anyMatch(o -> o.kind() == kind);
    }

    @Override
    public synchronized Page<Organisation> list(OrganisationFilter filter, OrganisationSort sort, PageRequest page) {
        List<Organisation> matching = byId.values().stream()
                .filter(o -> filter.kindIfAny().map(kind -> o.kind() == kind).orElse(true))
                .filter(o -> filter.roleIfAny().map(o::plays).orElse(true))
                .filter(o -> filter.nameContainsLowerCase()
                        .map(part -> o.name().value().toLowerCase(Locale.ROOT).contains(part)).orElse(true))
                .sorted(order(sort))
                .toList();
        List<Organisation> items = matching.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(InMemoryOrganisations::copy)
                .toList();
        return new Page<>(items, page, matching.size());
    }

    @Override
    public synchronized Organisation save(Organisation organisation) {
        Organisation stored = byId.get(organisation.id());
        if (organisation.version() == 0) {
            if (stored != null || findByNumber(organisation.number()).isPresent()) {
                throw new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN,
                        "organisation number " + organisation.number() + " is already registered");
            }
        } else if (stored == null) {
            throw new DomainException(ErrorCode.ORGANISATION_NOT_FOUND,
                    "organisation " + organisation.id() + " no longer exists");
        } else if (stored.version() != organisation.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "organisation " + organisation.id()
                    + " was changed by somebody else since version " + organisation.version());
        }
        Organisation next = Organisation.reconstitute(organisation.id(), organisation.number(),
                organisation.profile(), organisation.roles(), organisation.feeBasisHistory(),
                organisation.version() + 1);
        byId.put(next.id(), next);
        return copy(next);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<OrganisationId, Organisation>) snapshot);
    }

    private static Organisation copy(Organisation organisation) {
        return Organisation.reconstitute(organisation.id(), organisation.number(), organisation.profile(),
                organisation.roles(), organisation.feeBasisHistory(), organisation.version());
    }
}

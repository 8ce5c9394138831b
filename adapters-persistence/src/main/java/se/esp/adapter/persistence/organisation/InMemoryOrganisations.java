package se.esp.adapter.persistence.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
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
public final class InMemoryOrganisations extends InMemoryAggregates<OrganisationId, Organisation>
        implements Organisations {

    private static final Comparator<Organisation> BY_NAME_THEN_ID = Comparator
            .comparing((Organisation o) -> o.name().value(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.id().toString());

    public InMemoryOrganisations() {
        super(Organisation::id, Organisation::version, o -> "organisation " + o.id(),
                ErrorCode.ORGANISATION_NOT_FOUND);
    }

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
    public Optional<Organisation> findByNumber(OrganisationNumber number) {
        return findFirst(o -> o.number().equals(number));
    }

    @Override
    public boolean anyOfKind(OrganisationKind kind) {
        return stored().anyMatch(o -> o.kind() == kind);
    }

    @Override
    public Page<Organisation> list(OrganisationFilter filter, OrganisationSort sort, PageRequest page) {
        List<Organisation> matching = stored()
                .filter(o -> filter.kindIfAny().map(kind -> o.kind() == kind).orElse(true))
                .filter(o -> filter.roleIfAny().map(o::plays).orElse(true))
                .filter(o -> filter.nameContainsLowerCase()
                        .map(part -> o.name().value().toLowerCase(Locale.ROOT).contains(part)).orElse(true))
                .sorted(order(sort))
                .toList();
        return page(matching, page);
    }

    @Override
    protected void refuseNew(Organisation organisation, Organisation stored) {
        if (stored != null || findByNumber(organisation.number()).isPresent()) {
            throw new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN,
                    "organisation number " + organisation.number() + " is already registered");
        }
    }

    @Override
    protected Organisation copy(Organisation organisation, long version) {
        return Organisation.reconstitute(organisation.id(), organisation.number(), organisation.profile(),
                organisation.roles(), organisation.feeBasisHistory(), version);
    }
}

package se.esp.adapter.persistence.organisation;

import java.util.EnumSet;
import java.util.UUID;

import se.esp.domain.organisation.FeeBasis;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;

/** Translates between the aggregate and its row; the only place that knows both. */
final class OrganisationMapper {

    private OrganisationMapper() {
    }

    static Organisation toDomain(OrganisationJpaEntity row) {
        OrganisationProfile profile = new OrganisationProfile(new OrganisationName(row.name), row.kind,
                row.population == null ? null : new Population(row.population), row.participationLevel);
        return Organisation.reconstitute(new OrganisationId(UUID.fromString(row.id)),
                new OrganisationNumber(row.organisationNumber), profile,
                row.roles.isEmpty() ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(row.roles),
                row.feeBasis.stream().map(b -> new FeeBasis(b.validFrom,
                        b.population == null ? null : new Population(b.population), b.participationLevel)).toList(),
                row.version);
    }

    static OrganisationJpaEntity newRow(Organisation organisation) {
        OrganisationJpaEntity row = new OrganisationJpaEntity();
        row.id = organisation.id().toString();
        row.organisationNumber = organisation.number().value();
        copyChangeableFields(organisation, row);
        return row;
    }

    static void copyChangeableFields(Organisation organisation, OrganisationJpaEntity row) {
        OrganisationProfile profile = organisation.profile();
        row.name = profile.name().value();
        row.kind = profile.kind();
        row.population = profile.populationIfAny().map(Population::value).orElse(null);
        row.participationLevel = profile.participationLevel();
        row.roles.clear();
        row.roles.addAll(organisation.roles());
        row.feeBasis.clear();
        organisation.feeBasisHistory().forEach(b -> row.feeBasis.add(new FeeBasisEmbeddable(b.validFrom(),
                b.population() == null ? null : b.population().value(), b.level())));
    }
}

package se.esp.application.port.in.resource;

import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;

/**
 * Narrows a listing of resources; an empty part matches everything. {@code competence} matches a declared
 * competence whatever its status.
 */
public record ResourceFilter(ResourceStatus status, CompetenceCode competence, LanguageCode language,
                             OrganisationId employer) {

    public static ResourceFilter all() {
        return new ResourceFilter(null, null, null, null);
    }

    public Optional<ResourceStatus> statusIfAny() {
        return Optional.ofNullable(status);
    }

    public Optional<CompetenceCode> competenceIfAny() {
        return Optional.ofNullable(competence);
    }

    public Optional<LanguageCode> languageIfAny() {
        return Optional.ofNullable(language);
    }

    public Optional<OrganisationId> employerIfAny() {
        return Optional.ofNullable(employer);
    }
}

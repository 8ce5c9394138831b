package se.esp.adapter.web.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;

/**
 * The organisation API's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records.
 */
final class OrganisationModels {

    private OrganisationModels() {
    }

    @Schema(name = "RegisterOrganisation", description = "A new organisation", additionalProperties = Schema.False.class)
    record RegisterRequest(
            @Schema(required = true, maxLength = 20, example = "212000-0837",
                    description = "The Swedish organisation number (NNNNNN-NNNN), check digit verified")
            String organisationNumber,
            @Schema(required = true, maxLength = 200, example = "Ronneby kommun") String name,
            @Schema(required = true) OrganisationKind kind,
            @Schema(minimum = "0", example = "29021", description = "Inhabitants (municipalities and regions)")
            Long population,
            @Schema(description = "How far the organisation takes part; decides its annual fee")
            ParticipationLevel participationLevel,
            @Schema(description = "The roles it plays; none when absent") Set<OrganisationRole> roles) {
    }

    @Schema(name = "UpdateOrganisation", description = "An organisation's changeable data; the organisation number "
            + "may be sent back unchanged but not changed, roles are changed with PUT …/roles",
            additionalProperties = Schema.False.class)
    record UpdateRequest(
            @Schema(maxLength = 20, example = "212000-0837") String organisationNumber,
            @Schema(required = true, maxLength = 200, example = "Ronneby kommun") String name,
            @Schema(required = true) OrganisationKind kind,
            @Schema(minimum = "0", example = "29021") Long population,
            @Schema(description = "How far the organisation takes part; decides its annual fee")
            ParticipationLevel participationLevel,
            @Schema(description = "Not changeable here: use PUT /api/organisations/{id}/roles")
            Set<OrganisationRole> roles,
            @Schema(format = "date", example = "2027-01-01", description = "From which day a changed population or "
                    + "participation level applies to the fees (the months before keep the values they had); never "
                    + "in a closed settlement month, nor before the last such change; today when absent")
            LocalDate effectiveFrom) {
    }

    @Schema(name = "OrganisationRoles", additionalProperties = Schema.False.class)
    record RolesRequest(
            @Schema(required = true, description = "The roles it plays from now on; an empty list removes all")
            Set<OrganisationRole> roles) {
    }

    @Schema(name = "Organisation", description = "An organisation taking part in the platform",
            additionalProperties = Schema.False.class)
    record OrganisationView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "212000-0837") String organisationNumber,
            @Schema(required = true, example = "Ronneby kommun") String name,
            @Schema(required = true) OrganisationKind kind,
            @Schema(required = true, nullable = true, example = "29021") Long population,
            @Schema(required = true, nullable = true) ParticipationLevel participationLevel,
            @Schema(required = true) List<OrganisationRole> roles,
            @Schema(required = true, description = "The version; also the ETag, sent back in If-Match to change it",
                    example = "1") long version) {

        static OrganisationView of(Organisation organisation) {
            OrganisationProfile profile = organisation.profile();
            return new OrganisationView(organisation.id().toString(), organisation.number().formatted(),
                    profile.name().value(), profile.kind(),
                    profile.populationIfAny().map(Population::value).orElse(null),
                    profile.participationLevelIfAny().orElse(null),
                    organisation.roles().stream().sorted(Comparator.comparing(Enum::name)).toList(), organisation.version());
        }
    }

    @Schema(name = "OrganisationPage", description = "One page of organisations",
            additionalProperties = Schema.False.class)
    record OrganisationPage(
            @Schema(required = true) List<OrganisationView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static OrganisationPage of(Page<Organisation> page) {
            return Paging.envelope(page, OrganisationView::of, OrganisationPage::new);
        }
    }
}

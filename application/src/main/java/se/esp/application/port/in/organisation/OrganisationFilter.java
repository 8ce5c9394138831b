package se.esp.application.port.in.organisation;

import java.util.Locale;
import java.util.Optional;

import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Narrows a listing of organisations; an empty part matches everything.
 *
 * @param nameContains part of the name, any case ({@code "ronneby"} finds "Ronneby kommun"); blank is none
 */
public record OrganisationFilter(OrganisationKind kind, OrganisationRole role, String nameContains) {

    public OrganisationFilter {
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        if (nameContains != null && nameContains.length() > OrganisationName.MAX_LENGTH) {
            throw ValidationException.of("name", ViolationCode.TOO_LONG,
                    "a name is at most " + OrganisationName.MAX_LENGTH + " characters");
        }
    }

    public OrganisationFilter(OrganisationKind kind, OrganisationRole role) {
        this(kind, role, null);
    }

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null);
    }

    public Optional<OrganisationKind> kindIfAny() {
        return Optional.ofNullable(kind);
    }

    public Optional<OrganisationRole> roleIfAny() {
        return Optional.ofNullable(role);
    }

    /** The searched part of the name in lower case, as adapters compare it. */
    public Optional<String> nameContainsLowerCase() {
        return Optional.ofNullable(nameContains).map(text -> text.toLowerCase(Locale.ROOT));
    }
}

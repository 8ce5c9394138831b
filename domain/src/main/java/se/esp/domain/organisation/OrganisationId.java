package se.esp.domain.organisation;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies an organisation on the platform (not its organisation number, which is public and external). */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId parse(String text) {
        try {
            return new OrganisationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("organisationId", ViolationCode.INVALID_FORMAT, "is not an organisation id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

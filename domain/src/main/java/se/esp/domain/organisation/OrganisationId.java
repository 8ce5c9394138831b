package se.esp.domain.organisation;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies an organisation on the platform (not its organisation number, which is public and external). */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId parse(String text) {
        return new OrganisationId(Ids.uuid(text, "organisationId", "is not an organisation id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

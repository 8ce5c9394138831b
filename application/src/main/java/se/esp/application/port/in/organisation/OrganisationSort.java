package se.esp.application.port.in.organisation;

import java.util.Objects;

/**
 * The order of a listing of organisations: by one property, ascending or descending, then always by name and id so
 * pages are stable. An organisation without a population comes first ascending and last descending.
 */
public record OrganisationSort(Key key, boolean descending) {

    /** What a listing can be ordered by. */
    public enum Key {
        NAME,
        ORGANISATION_NUMBER,
        KIND,
        POPULATION
    }

    public OrganisationSort {
        Objects.requireNonNull(key, "key");
    }

    /** The default: by name, A to Ö. */
    public static OrganisationSort byName() {
        return new OrganisationSort(Key.NAME, false);
    }
}

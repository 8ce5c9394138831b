package se.esp.domain.packaging;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;

/**
 * Who reviews: the user and the organisation they work for ({@code null} for a coordinator employed by no member
 * organisation). The organisation decides whether they may review a packaging at all.
 */
public record Reviewer(String userId, OrganisationId organisation) {

    public Reviewer {
        Objects.requireNonNull(userId, "userId");
    }

    public boolean worksFor(OrganisationId other) {
        return organisation != null && organisation.equals(other);
    }
}

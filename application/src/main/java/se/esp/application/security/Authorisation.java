package se.esp.application.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The checks use cases make before they touch anything. Three kinds of rule, used together:
 *
 * <ul>
 *   <li><b>who at all</b> — {@link #requireSignedIn}, {@link #requireAnyRole}: refused with {@code ACCESS_DENIED}
 *       (403), which tells nothing about any particular record;</li>
 *   <li><b>whose</b> — {@link #requireActsFor}: organisation scoping. A record of another organisation is
 *       reported as absent (404 with the area's not-found code), because even a refusal would tell that it
 *       exists — e.g. that a resident of Olofström is a participant;</li>
 *   <li><b>never one's own</b> — the domain's {@link se.esp.domain.organisation.IndependentReview}: a coordinator
 *       reviews and verifies, but never for their own organisation ({@code REVIEW_OF_OWN_ORGANISATION}, 403: the
 *       reviewer knows the record exists).</li>
 * </ul>
 */
public final class Authorisation {

    private Authorisation() {
    }

    /** Any signed-in user; the adapters guarantee an actor, this only refuses a missing one loudly. */
    public static void requireSignedIn(ActingUser actor) {
        Objects.requireNonNull(actor, "actor: every use case runs on behalf of a signed-in user");
    }

    /** Refuses unless the user holds at least one of the roles. */
    public static void requireAnyRole(ActingUser actor, String action, UserRole... allowed) {
        requireSignedIn(actor);
        for (UserRole role : allowed) {
            if (actor.has(role)) {
                return;
            }
        }
        throw new DomainException(ErrorCode.ACCESS_DENIED, "to " + action + " you need the role "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
    }

    /** The user must belong to an organisation (staff roles always do; platform-level users may not). */
    public static OrganisationId requireOrganisation(ActingUser actor, String action) {
        requireSignedIn(actor);
        return actor.organisation().orElseThrow(() -> new DomainException(ErrorCode.ACCESS_DENIED,
                "to " + action + " you must act for an organisation"));
    }

    /**
     * Organisation scoping with "404 instead of 403": unless the user acts for {@code owner}, the record is
     * reported as not found.
     *
     * @param notFound the area's own not-found failure, identical to the one for a record that does not exist
     */
    public static void requireActsFor(ActingUser actor, OrganisationId owner, Supplier<DomainException> notFound) {
        requireSignedIn(actor);
        if (!actor.actsFor(owner)) {
            throw notFound.get();
        }
    }

    /** Whether the user acts for the organisation, for rules that combine several conditions. */
    public static boolean actsFor(ActingUser actor, OrganisationId organisation) {
        return actor != null && actor.actsFor(organisation);
    }

}

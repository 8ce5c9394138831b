package se.esp.application.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The checks use cases make before they touch anything. */
public final class Authorisation {

    private Authorisation() {
    }

    /** Refuses unless the user holds at least one of the roles. */
    public static void requireAnyRole(ActingUser actor, String action, UserRole... allowed) {
        Objects.requireNonNull(actor, "actor");
        for (UserRole role : allowed) {
            if (actor.has(role)) {
                return;
            }
        }
        throw new DomainException(ErrorCode.ACCESS_DENIED, "to " + action + " you need the role "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
    }
}

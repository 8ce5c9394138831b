package se.esp.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/**
 * One line of the personal-data audit log: who read or changed which participant's data, when, through which
 * use case, and whether it was allowed. Holds ids only, never the data itself, so the log can be kept after the
 * participant is anonymised.
 *
 * @param userOrganisation {@code null} for platform-level users
 * @param useCase          stable name of the use case, e.g. {@code get-participant}
 */
public record PersonalDataAccess(UUID id, Instant at, String userId, OrganisationId userOrganisation,
                                 ParticipantId participant, String useCase, Kind kind, Outcome outcome) {

    /** Whether the personal data was (to be) read or changed. */
    public enum Kind { READ, CHANGE }

    /** Granted, or refused (a refused attempt is logged too: it may be someone looking where they should not). */
    public enum Outcome { GRANTED, DENIED }

    public PersonalDataAccess {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }
}

package se.esp.domain.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * A resident a consumer organisation applies for. It belongs to that organisation; its personal data
 * ({@link ParticipantDetails}) lives only until the retention period after completion has run out, when
 * {@link #anonymise} removes it for good. What remains (id, organisation, dates) keeps statistics and settlement
 * whole without saying who it was.
 */
public final class Participant {

    private final ParticipantId id;
    private final OrganisationId consumer;
    private ParticipantDetails details;
    private final Instant registeredAt;
    private Instant completedAt;
    private Instant anonymisedAt;
    private final long version;

    private Participant(ParticipantId id, OrganisationId consumer, ParticipantDetails details, Instant registeredAt,
                        Instant completedAt, Instant anonymisedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        if (details == null && anonymisedAt == null) {
            throw new IllegalArgumentException("only an anonymised participant has no details");
        }
        this.details = details;
        this.completedAt = completedAt;
        this.anonymisedAt = anonymisedAt;
        this.version = version;
    }

    /** The new participant and the event recording it. */
    public record Registration(Participant participant, ParticipantRegistered event) {
    }

    public static Registration register(ParticipantId id, OrganisationId consumer, ParticipantDetails details,
                                        Instant at) {
        Participant participant = new Participant(id, consumer, Objects.requireNonNull(details, "details"), at,
                null, null, 0);
        return new Registration(participant, new ParticipantRegistered(UUID.randomUUID(), at, id, consumer));
    }

    /** Rebuilds a stored participant; {@code details} is {@code null} exactly when it was anonymised. */
    public static Participant reconstitute(ParticipantId id, OrganisationId consumer, ParticipantDetails details,
                                           Instant registeredAt, Instant completedAt, Instant anonymisedAt,
                                           long version) {
        return new Participant(id, consumer, details, registeredAt, completedAt, anonymisedAt, version);
    }

    public ParticipantChanged change(ParticipantDetails newDetails, Instant at) {
        refuseIfAnonymised();
        this.details = Objects.requireNonNull(newDetails, "newDetails");
        return new ParticipantChanged(UUID.randomUUID(), at, id);
    }

    /** The participation ended; the retention period starts now. */
    public ParticipationCompleted complete(Instant at) {
        refuseIfAnonymised();
        if (completedAt != null) {
            throw new DomainException(ErrorCode.PARTICIPATION_ALREADY_COMPLETED,
                    "participant " + id + " completed on " + completedAt);
        }
        this.completedAt = Objects.requireNonNull(at, "at");
        return new ParticipationCompleted(UUID.randomUUID(), at, id);
    }

    /** Whether the personal data may no longer be kept: completed, and the retention period has run out. */
    public boolean retentionExpired(Period retention, Instant now) {
        return anonymisedAt == null && completedAt != null && !retentionEnds(retention).isAfter(now);
    }

    /** When the personal data of a completed participant must be gone. */
    public Instant retentionEnds(Period retention) {
        if (completedAt == null) {
            throw new IllegalStateException("participant " + id + " has not completed");
        }
        return completedAt.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
    }

    /** Removes every piece of personal data for good; the participant is still counted, as nobody. */
    public ParticipantAnonymised anonymise(Instant at) {
        refuseIfAnonymised();
        this.details = null;
        this.anonymisedAt = Objects.requireNonNull(at, "at");
        return new ParticipantAnonymised(UUID.randomUUID(), at, id);
    }

    /** Refuses a change based on an outdated read of this participant. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "participant " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    /** Age on the given day, known only when the identity number is kept. */
    public Optional<Integer> ageOn(LocalDate day) {
        return detailsIfAny().flatMap(ParticipantDetails::identityNumberIfAny).map(n -> n.ageOn(day));
    }

    public ParticipantId id() {
        return id;
    }

    /** The consumer organisation that applied for the participant and answers for the personal data. */
    public OrganisationId consumer() {
        return consumer;
    }

    /** The personal data; empty once anonymised. */
    public Optional<ParticipantDetails> detailsIfAny() {
        return Optional.ofNullable(details);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public long version() {
        return version;
    }

    private void refuseIfAnonymised() {
        if (anonymisedAt != null) {
            throw new DomainException(ErrorCode.PARTICIPANT_ANONYMISED,
                    "participant " + id + " was anonymised; its personal data is gone");
        }
    }

    /** Never the personal data: ids only, so a participant can be logged safely. */
    @Override
    public String toString() {
        return "Participant[" + id + ", consumer " + consumer + "]";
    }
}

package se.esp.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;

/** Where applications are kept. Called inside {@link Transactions#inTransaction}. */
public interface Applications {

    Optional<Application> findById(ApplicationId id);

    /** The consumer organisation's application submitted with this key, if any. */
    Optional<Application> findByIdempotencyKey(OrganisationId consumer, IdempotencyKey key);

    /** A waiting application's latest decision, as matching compares it with a new one. */
    record WaitState(ApplicationStatus status, String waitReason, String explanation) {
    }

    /**
     * The latest decision of every waiting application ({@code RECEIVED} or {@code WAITLISTED}), read without the
     * participants: a matching run stores only the waits that changed, without loading every application.
     */
    Map<ApplicationId, WaitState> waitStates();

    /** The latest decision of those of these applications that wait; storage that can select them overrides this. */
    default Map<ApplicationId, WaitState> waitStates(java.util.Collection<ApplicationId> ids) {
        Map<ApplicationId, WaitState> all = waitStates();
        Map<ApplicationId, WaitState> wanted = new java.util.HashMap<>();
        ids.forEach(id -> {
            WaitState state = all.get(id);
            if (state != null) {
                wanted.put(id, state);
            }
        });
        return wanted;
    }

    /** The applications a participant is (or was) applied for in. */
    List<Application> withParticipant(ParticipantId participant);

    /** Matching applications, newest first (then by id), so paging is stable. */
    Page<Application> list(ApplicationFilter filter, PageRequest page);

    /**
     * Stores a new application (version 0) or a change and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         application was read at; {@code IDEMPOTENCY_KEY_REUSED} if the consumer already has an application with
     *         the same idempotency key (another submission won the race)
     */
    Application save(Application application);

    /** Those of these applications that are stored, in no particular order; storage that reads them together overrides. */
    default List<Application> findAllById(java.util.Collection<ApplicationId> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * Stores matching's decisions on applications read in this transaction, each refused as {@link #save} refuses it
     * (a stale version, an application no longer stored). Only the decision may have changed since they were read:
     * status, wait reason, explanation, delivery and when decided. Storage that writes them together overrides this.
     */
    default void saveDecisions(List<Application> decided) {
        decided.forEach(this::save);
    }
}

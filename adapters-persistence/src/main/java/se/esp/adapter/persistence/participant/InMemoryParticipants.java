package se.esp.adapter.persistence.participant;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.Participants;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Participants in a map (nothing at rest, so nothing to encrypt). Callers only get copies, so a change is kept
 * only when saved.
 */
public final class InMemoryParticipants implements Participants, InMemoryStore {

    private Map<ParticipantId, Participant> byId = new HashMap<>();

    @Override
    public synchronized Optional<Participant> findById(ParticipantId id) {
        return Optional.ofNullable(byId.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized List<ParticipantId> completedAndNotAnonymised(Instant completedBy, int limit) {
        return byId.values().stream()
                .filter(p -> !p.isAnonymised())
                .filter(p -> p.completedAt().map(at -> !at.isAfter(completedBy)).orElse(false))
                .sorted(Comparator.comparing((Participant p) -> p.completedAt().orElseThrow())
                        .thenComparing(p -> p.id().toString()))
                .limit(limit)
                .map(Participant::id)
                .toList();
    }

    @Override
    public synchronized Participant save(Participant participant) {
        Participant stored = byId.get(participant.id());
        if (participant.version() == 0) {
            if (stored != null) {
                throw new IllegalStateException("participant " + participant.id() + " is already stored");
            }
        } else if (stored == null) {
            throw new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND,
                    "participant " + participant.id() + " no longer exists");
        } else if (stored.version() != participant.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "participant " + participant.id()
                    + " was changed by somebody else since version " + participant.version());
        }
        Participant next = copy(participant, participant.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<ParticipantId, Participant>) snapshot);
    }

    private static Participant copy(Participant p, long version) {
        return Participant.reconstitute(p.id(), p.consumer(), p.detailsIfAny().orElse(null), p.registeredAt(),
                p.completedAt().orElse(null), p.anonymisedAt().orElse(null), version);
    }
}

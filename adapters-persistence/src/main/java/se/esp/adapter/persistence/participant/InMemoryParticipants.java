package se.esp.adapter.persistence.participant;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.port.out.Participants;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;

/**
 * Participants in a map (nothing at rest, so nothing to encrypt). Callers only get copies, so a change is kept
 * only when saved.
 */
public final class InMemoryParticipants extends InMemoryAggregates<ParticipantId, Participant>
        implements Participants {

    public InMemoryParticipants() {
        super(Participant::id, Participant::version, p -> "participant " + p.id(), ErrorCode.PARTICIPANT_NOT_FOUND);
    }

    @Override
    public List<ParticipantId> completedAndNotAnonymised(Instant completedBy, int limit) {
        return stored()
                .filter(p -> !p.isAnonymised())
                .filter(p -> p.completedAt().map(at -> !at.isAfter(completedBy)).orElse(false))
                .sorted(Comparator.comparing((Participant p) -> p.completedAt().orElseThrow())
                        .thenComparing(p -> p.id().toString()))
                .limit(limit)
                .map(Participant::id)
                .toList();
    }

    @Override
    protected void refuseNew(Participant participant, Participant stored) {
        if (stored != null) {
            throw new IllegalStateException("participant " + participant.id() + " is already stored");
        }
    }

    @Override
    protected Participant copy(Participant p, long version) {
        return Participant.reconstitute(p.id(), p.consumer(), p.detailsIfAny().orElse(null), p.registeredAt(),
                p.completedAt().orElse(null), p.anonymisedAt().orElse(null), version);
    }
}

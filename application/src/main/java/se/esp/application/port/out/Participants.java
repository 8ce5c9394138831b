package se.esp.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;

/**
 * Where participants are kept. The adapters encrypt the identity number and the contact at rest. Called inside
 * {@link Transactions#inTransaction}.
 */
public interface Participants {

    Optional<Participant> findById(ParticipantId id);

    /**
     * Participants completed at or before {@code completedBy} that still hold personal data, at most
     * {@code limit}, oldest completion first: the candidates for anonymisation.
     */
    List<ParticipantId> completedAndNotAnonymised(Instant completedBy, int limit);

    /**
     * Stores a new participant (version 0) or a change and returns it at its new version. Anonymising overwrites
     * the personal data in place: nothing of it is kept.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         participant was read at
     */
    Participant save(Participant participant);
}

package se.esp.adapter.persistence.participant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.Participants;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Participants in the {@code participant} table, name, identity number and contact encrypted. */
public final class JpaParticipants implements Participants {

    private final JpaStorage storage;
    private final ParticipantMapper mapper;

    public JpaParticipants(JpaStorage storage, PersonalDataCipher cipher) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.mapper = new ParticipantMapper(cipher);
    }

    @Override
    public Optional<Participant> findById(ParticipantId id) {
        return storage.find(ParticipantJpaEntity.class, id).map(mapper::toDomain);
    }

    @Override
    public List<ParticipantId> completedAndNotAnonymised(Instant completedBy, int limit) {
        return storage.entityManager().createQuery("select p.id from ParticipantJpaEntity p"
                        + " where p.completedAt <= :by and p.anonymisedAt is null order by p.completedAt, p.id",
                        String.class)
                .setParameter("by", completedBy)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(id -> new ParticipantId(UUID.fromString(id)))
                .toList();
    }

    @Override
    public Participant save(Participant participant) {
        EntityManager entityManager = storage.entityManager();
        ParticipantJpaEntity row;
        if (participant.version() == 0) {
            row = mapper.newRow(participant);
            entityManager.persist(row);
        } else {
            row = entityManager.find(ParticipantJpaEntity.class, participant.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND,
                        "participant " + participant.id() + " no longer exists");
            }
            if (row.version != participant.version()) {
                throw stale(participant);
            }
            mapper.copyChangeableFields(participant, row);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(participant);
            }
            throw e;
        }
        return mapper.toDomain(row);
    }

    private static DomainException stale(Participant participant) {
        return new DomainException(ErrorCode.STALE_VERSION, "participant " + participant.id()
                + " was changed by somebody else since version " + participant.version());
    }
}

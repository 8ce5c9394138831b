package se.esp.adapter.persistence.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.Participants;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;

/** Participants in the {@code participant} table, name, identity number and contact encrypted. */
public final class JpaParticipants extends JpaAggregates<Participant, ParticipantJpaEntity> implements Participants {

    private final ParticipantMapper mapper;

    public JpaParticipants(JpaStorage storage, PersonalDataCipher cipher) {
        super(storage, ParticipantJpaEntity.class, p -> p.id().toString(), Participant::version, row -> row.version,
                p -> "participant " + p.id(), ErrorCode.PARTICIPANT_NOT_FOUND);
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
    protected ParticipantJpaEntity newRow(Participant participant) {
        return mapper.newRow(participant);
    }

    @Override
    protected void update(Participant participant, ParticipantJpaEntity row) {
        mapper.copyChangeableFields(participant, row);
    }

    @Override
    protected Participant toDomain(ParticipantJpaEntity row) {
        return mapper.toDomain(row);
    }
}

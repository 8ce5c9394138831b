package se.esp.adapter.persistence.participant;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/** The audit log in {@code personal_data_access}: insert and select, nothing else. */
public final class JpaPersonalDataAuditLog implements PersonalDataAuditLog {

    private final JpaStorage storage;

    public JpaPersonalDataAuditLog(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void record(PersonalDataAccess access) {
        PersonalDataAccessJpaEntity row = new PersonalDataAccessJpaEntity();
        row.id = access.id().toString();
        row.occurredAt = access.at().truncatedTo(ChronoUnit.MICROS);
        row.userId = access.userId();
        row.userOrganisationId = access.userOrganisation() == null ? null : access.userOrganisation().toString();
        row.participantId = access.participant().toString();
        row.useCase = access.useCase();
        row.kind = access.kind().name();
        row.outcome = access.outcome().name();
        storage.entityManager().persist(row);
        storage.entityManager().flush();
    }

    @Override
    public List<PersonalDataAccess> about(ParticipantId participant) {
        return storage.entityManager().createQuery("select a from PersonalDataAccessJpaEntity a"
                        + " where a.participantId = :participant order by a.seq",
                        PersonalDataAccessJpaEntity.class)
                .setParameter("participant", participant.toString())
                .getResultList().stream()
                .map(row -> new PersonalDataAccess(UUID.fromString(row.id), row.occurredAt, row.userId,
                        row.userOrganisationId == null ? null : new OrganisationId(UUID.fromString(row.userOrganisationId)),
                        new ParticipantId(UUID.fromString(row.participantId)), row.useCase,
                        PersonalDataAccess.Kind.valueOf(row.kind), PersonalDataAccess.Outcome.valueOf(row.outcome)))
                .toList();
    }
}

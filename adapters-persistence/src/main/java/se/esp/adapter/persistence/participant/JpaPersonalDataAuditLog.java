package se.esp.adapter.persistence.participant;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
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

    /**
     * Kept with the transaction and written just before it commits, with every other line it recorded, in one JDBC
     * batch in the order recorded (a submission records one per participant): the line commits or rolls back with
     * the access it records, as before, without a flush and a round trip each.
     */
    @Override
    public void record(PersonalDataAccess access) {
        pending().add(Objects.requireNonNull(access, "access"));
    }

    private List<PersonalDataAccess> pending() {
        return storage.transactionScoped(this, ArrayList::new, this::write);
    }

    private void write(List<PersonalDataAccess> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = storage.connection().prepareStatement("INSERT INTO personal_data_access"
                + " (id, occurred_at, user_id, user_organisation_id, participant_id, use_case, access_kind, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PersonalDataAccess access : lines) {
                insert.setString(1, access.id().toString());
                insert.setObject(2, LocalDateTime.ofInstant(access.at().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
                insert.setString(3, access.userId());
                insert.setString(4, access.userOrganisation() == null ? null : access.userOrganisation().toString());
                insert.setString(5, access.participant().toString());
                insert.setString(6, access.useCase());
                insert.setString(7, access.kind().name());
                insert.setString(8, access.outcome().name());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("recording " + lines.size() + " personal data accesses failed", e);
        }
        lines.clear();
    }

    @Override
    public List<PersonalDataAccess> about(ParticipantId participant) {
        write(pending());
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

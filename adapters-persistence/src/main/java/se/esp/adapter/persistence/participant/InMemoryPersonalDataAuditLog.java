package se.esp.adapter.persistence.participant;

import java.time.temporal.ChronoUnit;
import java.util.List;

import se.esp.adapter.persistence.storage.InMemoryListStore;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.domain.participant.ParticipantId;

/** The audit log as an append-only list (rolled back with its transaction, like the table). */
public final class InMemoryPersonalDataAuditLog extends InMemoryListStore<PersonalDataAccess>
        implements PersonalDataAuditLog {

    @Override
    public synchronized void record(PersonalDataAccess access) {
        rows().add(new PersonalDataAccess(access.id(), access.at().truncatedTo(ChronoUnit.MICROS), access.userId(),
                access.userOrganisation(), access.participant(), access.useCase(), access.kind(), access.outcome()));
    }

    @Override
    public synchronized List<PersonalDataAccess> about(ParticipantId participant) {
        return rows().stream().filter(line -> line.participant().equals(participant)).toList();
    }
}

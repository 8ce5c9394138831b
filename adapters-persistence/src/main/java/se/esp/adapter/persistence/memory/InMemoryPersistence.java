package se.esp.adapter.persistence.memory;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.organisation.InMemoryOrganisations;
import se.esp.adapter.persistence.outbox.InMemoryEventOutbox;
import se.esp.adapter.persistence.participant.InMemoryParticipants;
import se.esp.adapter.persistence.participant.InMemoryPersonalDataAuditLog;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;

/** The in-memory adapters, sharing one transaction manager. Nothing survives the JVM. */
public final class InMemoryPersistence implements PersistenceAdapters {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOrganisations organisations = transactions.register(new InMemoryOrganisations());
    private final InMemoryEventOutbox outbox = transactions.register(new InMemoryEventOutbox());
    private final InMemoryParticipants participants = transactions.register(new InMemoryParticipants());
    private final InMemoryPersonalDataAuditLog personalDataAuditLog =
            transactions.register(new InMemoryPersonalDataAuditLog());

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Organisations organisations() {
        return organisations;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public Participants participants() {
        return participants;
    }

    @Override
    public PersonalDataAuditLog personalDataAuditLog() {
        return personalDataAuditLog;
    }
}

package se.esp.adapter.persistence.memory;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.organisation.InMemoryOrganisations;
import se.esp.adapter.persistence.outbox.InMemoryEventOutbox;
import se.esp.adapter.persistence.resource.InMemoryResources;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;

/** The in-memory adapters, sharing one transaction manager. Nothing survives the JVM. */
public final class InMemoryPersistence implements PersistenceAdapters {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOrganisations organisations = transactions.register(new InMemoryOrganisations());
    private final InMemoryEventOutbox outbox = transactions.register(new InMemoryEventOutbox());
    private final InMemoryResources resources = transactions.register(new InMemoryResources());

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
    public Resources resources() {
        return resources;
    }
}

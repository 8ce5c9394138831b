package se.esp.adapter.persistence.memory;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.fee.InMemoryFeeSchedules;
import se.esp.adapter.persistence.project.InMemoryScalingProjects;
import se.esp.adapter.persistence.settlement.InMemorySettlementPeriods;
import se.esp.adapter.persistence.organisation.InMemoryOrganisations;
import se.esp.adapter.persistence.outbox.InMemoryEventOutbox;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.ScalingProjects;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;

/** The in-memory adapters, sharing one transaction manager. Nothing survives the JVM. */
public final class InMemoryPersistence implements PersistenceAdapters {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOrganisations organisations = transactions.register(new InMemoryOrganisations());
    private final InMemoryEventOutbox outbox = transactions.register(new InMemoryEventOutbox());
    private final InMemoryFeeSchedules feeSchedules = transactions.register(new InMemoryFeeSchedules());
    private final InMemoryScalingProjects scalingProjects = transactions.register(new InMemoryScalingProjects());
    private final InMemorySettlementPeriods settlementPeriods = transactions.register(new InMemorySettlementPeriods());

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
    public FeeSchedules feeSchedules() {
        return feeSchedules;
    }

    @Override
    public ScalingProjects scalingProjects() {
        return scalingProjects;
    }

    @Override
    public SettlementPeriods settlementPeriods() {
        return settlementPeriods;
    }
}

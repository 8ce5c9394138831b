package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.matching.InMemoryOfferingRequirements;
import se.esp.adapter.persistence.memory.InMemoryTransactions;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;

class InMemoryOfferingRequirementsContractTest extends OfferingRequirementsContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOfferingRequirements requirements = transactions.register(new InMemoryOfferingRequirements());

    @Override
    protected OfferingRequirements requirements() {
        return requirements;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void onOffer(OfferingRequirement requirement) {
        transactions.inTransaction(() -> requirements.put(requirement));
    }

    @Override
    protected void withdrawn(OfferingVersionRef version) {
        transactions.inTransaction(() -> requirements.withdraw(version));
    }
}

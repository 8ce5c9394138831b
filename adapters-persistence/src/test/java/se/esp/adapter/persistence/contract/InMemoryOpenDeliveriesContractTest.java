package se.esp.adapter.persistence.contract;

import java.util.UUID;

import se.esp.adapter.persistence.matching.InMemoryOpenDeliveries;
import se.esp.adapter.persistence.memory.InMemoryTransactions;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.OpenDelivery;

class InMemoryOpenDeliveriesContractTest extends OpenDeliveriesContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOpenDeliveries deliveries = transactions.register(new InMemoryOpenDeliveries());

    @Override
    protected OpenDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void given(OpenDelivery delivery) {
        transactions.inTransaction(() -> deliveries.put(delivery));
    }

    @Override
    protected void ended(UUID delivery) {
        transactions.inTransaction(() -> deliveries.remove(delivery));
    }
}

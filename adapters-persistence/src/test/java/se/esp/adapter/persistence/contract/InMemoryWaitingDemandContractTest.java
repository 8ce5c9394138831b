package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.matching.InMemoryWaitingDemand;
import se.esp.adapter.persistence.memory.InMemoryTransactions;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.matching.WaitingApplication;

class InMemoryWaitingDemandContractTest extends WaitingDemandContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryWaitingDemand demand = transactions.register(new InMemoryWaitingDemand());

    @Override
    protected WaitingDemand demand() {
        return demand;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void given(WaitingApplication application) {
        transactions.inTransaction(() -> demand.put(application));
    }

    @Override
    protected void noLongerWaiting(ApplicationRef application) {
        transactions.inTransaction(() -> demand.remove(application));
    }
}

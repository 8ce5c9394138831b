package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemorySettlementPeriodsContractTest extends SettlementPeriodsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

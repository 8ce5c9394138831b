package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryDeliveriesContractTest extends DeliveriesContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

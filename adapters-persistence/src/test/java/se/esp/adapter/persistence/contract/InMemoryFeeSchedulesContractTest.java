package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryFeeSchedulesContractTest extends FeeSchedulesContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryEventOutboxContractTest extends EventOutboxContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

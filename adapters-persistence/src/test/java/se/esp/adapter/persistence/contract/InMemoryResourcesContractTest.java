package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryResourcesContractTest extends ResourcesContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

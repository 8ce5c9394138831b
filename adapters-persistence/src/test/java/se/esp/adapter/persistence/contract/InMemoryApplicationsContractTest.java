package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryApplicationsContractTest extends ApplicationsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

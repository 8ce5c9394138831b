package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryOfferingRequirementsContractTest extends OfferingRequirementsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

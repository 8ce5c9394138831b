package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryOfferingsContractTest extends OfferingsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

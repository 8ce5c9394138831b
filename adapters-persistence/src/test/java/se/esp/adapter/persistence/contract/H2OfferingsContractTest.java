package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2OfferingsContractTest extends OfferingsContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

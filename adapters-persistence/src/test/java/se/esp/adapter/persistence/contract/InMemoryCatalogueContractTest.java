package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryCatalogueContractTest extends CatalogueContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryPackagingsContractTest extends PackagingsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

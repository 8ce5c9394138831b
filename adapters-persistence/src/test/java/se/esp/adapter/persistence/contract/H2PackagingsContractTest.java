package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2PackagingsContractTest extends PackagingsContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

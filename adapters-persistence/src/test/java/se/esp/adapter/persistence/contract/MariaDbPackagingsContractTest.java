package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbPackagingsContractTest extends PackagingsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbResourcesContractTest extends ResourcesContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbEventOutboxContractTest extends JpaEventOutboxContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

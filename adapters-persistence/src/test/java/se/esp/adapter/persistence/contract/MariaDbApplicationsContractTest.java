package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbApplicationsContractTest extends JpaApplicationsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

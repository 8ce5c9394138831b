package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbOrganisationsContractTest extends JpaOrganisationsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbIssuedCredentialsContractTest extends IssuedCredentialsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

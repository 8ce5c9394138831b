package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbCredentialRevocationsContractTest extends CredentialRevocationsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbCredentialDefinitionsContractTest extends CredentialDefinitionsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

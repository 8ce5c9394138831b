package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbCredentialSigningKeysContractTest extends CredentialSigningKeysContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2CredentialSigningKeysContractTest extends CredentialSigningKeysContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

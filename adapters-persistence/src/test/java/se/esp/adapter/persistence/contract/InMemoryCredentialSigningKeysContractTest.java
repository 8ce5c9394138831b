package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryCredentialSigningKeysContractTest extends CredentialSigningKeysContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

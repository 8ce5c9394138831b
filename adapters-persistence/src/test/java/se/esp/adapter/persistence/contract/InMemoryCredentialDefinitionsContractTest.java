package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryCredentialDefinitionsContractTest extends CredentialDefinitionsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

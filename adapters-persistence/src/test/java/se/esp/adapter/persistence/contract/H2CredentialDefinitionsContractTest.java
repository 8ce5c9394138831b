package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2CredentialDefinitionsContractTest extends CredentialDefinitionsContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

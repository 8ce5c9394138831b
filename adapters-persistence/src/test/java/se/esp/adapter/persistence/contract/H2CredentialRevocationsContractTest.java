package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2CredentialRevocationsContractTest extends CredentialRevocationsContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryOrganisationsContractTest extends OrganisationsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

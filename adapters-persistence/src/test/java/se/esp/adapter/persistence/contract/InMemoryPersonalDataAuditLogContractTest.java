package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryPersonalDataAuditLogContractTest extends PersonalDataAuditLogContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

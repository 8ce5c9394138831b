package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2PersonalDataAuditLogContractTest extends PersonalDataAuditLogContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

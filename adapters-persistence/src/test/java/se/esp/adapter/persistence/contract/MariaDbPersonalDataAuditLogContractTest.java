package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbPersonalDataAuditLogContractTest extends PersonalDataAuditLogContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

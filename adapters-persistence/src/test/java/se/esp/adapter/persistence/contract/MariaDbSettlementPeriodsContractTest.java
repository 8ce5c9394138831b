package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbSettlementPeriodsContractTest extends SettlementPeriodsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

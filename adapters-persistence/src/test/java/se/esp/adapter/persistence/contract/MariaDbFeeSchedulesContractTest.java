package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbFeeSchedulesContractTest extends FeeSchedulesContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbScalingProjectsContractTest extends ScalingProjectsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbMatchingRunsContractTest extends MatchingRunsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

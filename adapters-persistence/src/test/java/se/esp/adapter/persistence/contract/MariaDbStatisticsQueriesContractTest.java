package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbStatisticsQueriesContractTest extends StatisticsQueriesContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

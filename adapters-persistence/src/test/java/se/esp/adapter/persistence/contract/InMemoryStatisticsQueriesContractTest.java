package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryStatisticsQueriesContractTest extends StatisticsQueriesContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

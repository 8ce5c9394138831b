package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class H2MatchingRunsContractTest extends MatchingRunsContract {

    @Override
    protected Backend backend() {
        return Backend.H2;
    }
}

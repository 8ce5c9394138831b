package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryScheduledJobRunsContractTest extends ScheduledJobRunsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

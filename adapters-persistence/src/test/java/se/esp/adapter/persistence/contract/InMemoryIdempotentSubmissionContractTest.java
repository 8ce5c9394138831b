package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryIdempotentSubmissionContractTest extends IdempotentSubmissionContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

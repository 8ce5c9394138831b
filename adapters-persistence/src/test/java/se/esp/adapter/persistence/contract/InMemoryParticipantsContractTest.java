package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class InMemoryParticipantsContractTest extends ParticipantsContract {

    @Override
    protected Backend backend() {
        return Backend.MEMORY;
    }
}

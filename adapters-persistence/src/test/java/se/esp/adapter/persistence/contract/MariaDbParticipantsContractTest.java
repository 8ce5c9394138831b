package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbParticipantsContractTest extends JpaParticipantsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

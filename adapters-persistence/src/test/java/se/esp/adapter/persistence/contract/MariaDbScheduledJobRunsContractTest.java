package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbScheduledJobRunsContractTest extends JpaScheduledJobRunsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

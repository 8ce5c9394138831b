package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbOfferingRequirementsContractTest extends OfferingRequirementsContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

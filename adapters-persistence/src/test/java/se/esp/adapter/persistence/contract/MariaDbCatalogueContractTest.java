package se.esp.adapter.persistence.contract;

import se.esp.adapter.persistence.testing.Backend;

class MariaDbCatalogueContractTest extends JpaCatalogueContract {

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }
}

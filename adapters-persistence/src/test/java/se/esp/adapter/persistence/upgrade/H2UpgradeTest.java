package se.esp.adapter.persistence.upgrade;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

class H2UpgradeTest extends UpgradeContract {

    @Override
    protected TestDatabase emptyDatabase() {
        return TestDatabases.h2();
    }
}

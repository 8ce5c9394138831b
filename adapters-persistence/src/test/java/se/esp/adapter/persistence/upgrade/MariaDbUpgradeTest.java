package se.esp.adapter.persistence.upgrade;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/** On a database of its own ({@code esp_test_…}), created for each release and dropped after it. */
class MariaDbUpgradeTest extends UpgradeContract {

    @Override
    protected TestDatabase emptyDatabase() {
        return TestDatabases.mariaDb();
    }
}

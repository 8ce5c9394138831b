package se.esp.adapter.persistence.testing;

import java.util.EnumMap;
import java.util.Map;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.memory.InMemoryPersistence;

/**
 * Empty storage on a chosen backend. The databases are created and migrated once per test JVM and dropped when
 * it ends; each call to {@link #fresh(Backend)} empties them.
 */
public final class Backends {

    private static final Map<Backend, JpaBackend> OPEN = new EnumMap<>(Backend.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Backends::closeAll, "close-test-databases"));
    }

    private Backends() {
    }

    /** Storage adapters with no data in them. */
    public static PersistenceAdapters fresh(Backend backend) {
        if (backend == Backend.MEMORY) {
            return new InMemoryPersistence();
        }
        JpaBackend jpa = jpa(backend);
        jpa.wipe();
        return jpa.adapters();
    }

    /** The shared database of a JPA backend (H2 or MariaDB), for checks that look at rows directly. */
    public static synchronized JpaBackend jpa(Backend backend) {
        return OPEN.computeIfAbsent(backend, b -> switch (b) {
            case H2 -> new JpaBackend(TestDatabases.h2());
            case MARIADB -> new JpaBackend(TestDatabases.mariaDb());
            case MEMORY -> throw new IllegalArgumentException("the in-memory backend has no database");
        });
    }

    private static synchronized void closeAll() {
        OPEN.values().forEach(JpaBackend::close);
        OPEN.clear();
    }
}

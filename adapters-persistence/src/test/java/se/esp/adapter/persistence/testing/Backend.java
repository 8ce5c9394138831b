package se.esp.adapter.persistence.testing;

import java.util.Locale;

/** The storage backends every contract and scenario can run on. */
public enum Backend {
    /** {@link se.esp.adapter.persistence.memory.InMemoryPersistence}. */
    MEMORY,
    /** JPA on the embedded H2 in MariaDB mode. */
    H2,
    /** JPA on a real MariaDB server. */
    MARIADB;

    /** Reads a backend name ({@code memory}, {@code h2}, {@code mariadb}) from a system property. */
    public static Backend fromSystemProperty(String property, Backend fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + "=" + value + " is not one of memory, h2, mariadb", e);
        }
    }
}

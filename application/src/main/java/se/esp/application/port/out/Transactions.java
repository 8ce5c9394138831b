package se.esp.application.port.out;

import java.util.function.Supplier;

/**
 * A transaction boundary, expressed as a port so the services stay free of framework annotations. Everything
 * the work does through other outbound ports commits together or not at all: an exception rolls it all back
 * and is rethrown unchanged — except that a storage which cannot be reached surfaces as
 * {@link StorageUnavailableException}, whichever technology failed underneath.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

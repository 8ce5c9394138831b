package se.esp.application.port.out;

import java.util.Optional;

/**
 * The storage cannot be reached right now (the database is down, restarting or out of network reach), and the same
 * request may well succeed a little later. Nothing was stored, except where the connection broke while a commit was
 * under way: then the outcome is unknown to the caller (the database may have committed). Thrown by the storage adapters instead of
 * their technology's own failure, so the edges answer "try again shortly" rather than "something broke" without
 * knowing how the storage is built.
 */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This failure, or the first one among its causes, if the storage could not be reached. */
    public static Optional<StorageUnavailableException> in(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof StorageUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }
}

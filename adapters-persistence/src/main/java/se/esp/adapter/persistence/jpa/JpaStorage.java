package se.esp.adapter.persistence.jpa;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** What every JPA repository needs: the current transaction's entity manager and the failures worth naming. */
public final class JpaStorage {

    private final JpaTransactions transactions;

    public JpaStorage(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public EntityManager entityManager() {
        return transactions.entityManager();
    }

    /**
     * The JDBC connection of the current transaction, for the few set-based reads and writes that would be slow
     * through entities (a month's settlement lines, the deliveries it reads). Pending entity changes are flushed
     * first, so SQL sees them; work done on it commits or rolls back with the transaction.
     */
    public java.sql.Connection connection() {
        EntityManager entityManager = entityManager();
        entityManager.flush();
        return entityManager.unwrap(java.sql.Connection.class);
    }

    /** Optimistic locking failed: the row changed since it was read. */
    public static boolean isLostUpdate(PersistenceException e) {
        return e instanceof OptimisticLockException;
    }

    /** A unique, primary-key or foreign-key constraint refused the write. */
    public static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}

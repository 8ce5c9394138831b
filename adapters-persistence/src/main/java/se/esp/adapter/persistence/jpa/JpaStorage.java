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

package se.esp.adapter.persistence.storage;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
     * A value a repository keeps for the current transaction, created on its first use in it, and the work that
     * writes it just before the commit: for rows written together at the end (the outbox's events, the personal-data
     * audit lines) rather than one flush and round trip each. {@code beforeCommit} must leave the value written and empty, since the repository
     * may write it earlier too, before a read in the same transaction that must see it.
     */
    public <T> T transactionScoped(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
        return transactions.transactionScoped(key, create, beforeCommit);
    }

    /**
     * Runs {@code work} once the current transaction has committed, never if it rolls back (see
     * {@link JpaTransactions#afterCommit}).
     */
    public void afterCommit(Runnable work) {
        transactions.afterCommit(work);
    }

    /**
     * Rows read only to be mapped into values (matching's picture of supply and open deliveries), taken out of the
     * persistence context once mapped: EclipseLink compares every entity it manages on each flush, so rows left
     * managed would make each later save in the transaction cost in proportion to everything read before it. Safe
     * because every repository's save flushes before it returns: a managed row never holds an unwritten change here.
     */
    public <E, T> List<T> mappedAndReleased(List<E> rows, Function<E, T> mapping) {
        EntityManager entityManager = entityManager();
        List<T> mapped = new ArrayList<>(rows.size());
        for (E row : rows) {
            mapped.add(mapping.apply(row));
            entityManager.detach(row);
        }
        return mapped;
    }

    /** The entity stored under the primary key {@code id.toString()}, if any. */
    public <E> Optional<E> find(Class<E> entity, Object id) {
        return Optional.ofNullable(entityManager().find(entity, id.toString()));
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

    /**
     * The database could not be reached: no connection could be made or kept, as opposed to a statement the
     * database refused. Walks the whole chain of causes, because every layer wraps the one below: JPA's
     * {@code PersistenceException} or {@code RollbackException} around EclipseLink's {@code DatabaseException}
     * around the server pool's {@code ResourceAllocationException} or the driver's {@code SQLException} around
     * the socket's {@code ConnectException}. Recognised by JDBC's connection exceptions and SQLState class
     * {@code 08} (connection exception, which MariaDB Connector/J uses for broken and refused sockets), by the
     * socket failures themselves, and by name for the application server's pool failures
     * ({@code ResourceAllocationException}, {@code ConnectionWaitTimeoutException}), whose classes this adapter
     * does not compile against.
     */
    public static boolean isUnreachable(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = cause.getClass().getSimpleName();
            if (name.equals("ResourceAllocationException") || name.equals("ConnectionWaitTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}

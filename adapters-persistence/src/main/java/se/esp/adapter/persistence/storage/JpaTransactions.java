package se.esp.adapter.persistence.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import se.esp.application.port.out.StorageUnavailableException;
import se.esp.application.port.out.Transactions;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Resource-local transactions with one entity manager per transaction, bound to the calling thread so every
 * repository in the work shares it. A nested call joins the outer transaction. A database that cannot be reached
 * ({@link JpaStorage#isUnreachable}) surfaces as {@link StorageUnavailableException}, at whichever step it failed:
 * beginning, the work, or the commit.
 */
public final class JpaTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    /** What the current transaction's repositories keep until it commits ({@link #transactionScoped}). */
    private final ThreadLocal<Map<Object, Pending<?>>> pending = new ThreadLocal<>();
    /** What the current transaction's repositories do once it has committed ({@link #afterCommit}). */
    private final ThreadLocal<List<Runnable>> committed = new ThreadLocal<>();

    /** A value kept for one transaction and the work that writes it before the commit. */
    private record Pending<T>(T value, Consumer<T> beforeCommit) {

        void write() {
            beforeCommit.accept(value);
        }
    }

    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager;
        try {
            entityManager = factory.createEntityManager();
        } catch (RuntimeException e) {
            throw translate(e);
        }
        current.set(entityManager);
        pending.set(new LinkedHashMap<>());
        List<Runnable> afterCommit = new ArrayList<>();
        committed.set(afterCommit);
        EntityTransaction transaction = null;
        Throwable failure = null;
        try {
            transaction = entityManager.getTransaction();
            transaction.begin();
            T result = work.get();
            writePending();
            transaction.commit();
            runAfterCommit(afterCommit);
            return result;
        } catch (RuntimeException e) {
            RuntimeException translated = translate(e);
            failure = translated;
            throw translated;
        } catch (Error e) {
            failure = e;
            throw e;
        } finally {
            end(entityManager, transaction, failure);
        }
    }

    /**
     * Rolls back what is still open and releases the entity manager. A failure doing so (the connection is gone with
     * the database) is attached to the failure being thrown instead of replacing it, so the caller learns the cause.
     */
    private void end(EntityManager entityManager, EntityTransaction transaction, Throwable failure) {
        current.remove();
        pending.remove();
        committed.remove();
        try {
            if (transaction != null && transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        } finally {
            try {
                entityManager.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Runs {@code work} once the transaction the calling thread is in has committed, never if it rolls back: for what
     * a repository may only believe of the rows once they are committed (kept copies of rows read). Work that fails
     * is logged; the transaction stays committed.
     */
    void afterCommit(Runnable work) {
        entityManager();
        committed.get().add(Objects.requireNonNull(work, "work"));
    }

    private static void runAfterCommit(List<Runnable> work) {
        for (Runnable each : work) {
            try {
                each.run();
            } catch (RuntimeException e) {
                System.getLogger(JpaTransactions.class.getName()).log(System.Logger.Level.WARNING,
                        "work after a commit failed; the transaction is committed", e);
            }
        }
    }

    /** Writes what the repositories kept for the commit, in the order they first asked to keep it. */
    private void writePending() {
        for (Pending<?> kept : pending.get().values()) {
            kept.write();
        }
    }

    /**
     * The value {@code key} keeps for the transaction the calling thread is in, created on the first call in it;
     * {@code beforeCommit} is given it just before the transaction commits (not if it rolls back). It must leave the
     * value written and empty, since a repository may also write it earlier, before a read that must see it.
     */
    @SuppressWarnings("unchecked")
    <T> T transactionScoped(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
        entityManager();
        return (T) pending.get().computeIfAbsent(key, k -> new Pending<>(create.get(), beforeCommit)).value();
    }

    /** The entity manager of the transaction the calling thread is in. */
    EntityManager entityManager() {
        EntityManager entityManager = current.get();
        if (entityManager == null) {
            throw new IllegalStateException("storage used outside Transactions.inTransaction");
        }
        return entityManager;
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof StorageUnavailableException || e instanceof DomainException) {
            return e;
        }
        if (e instanceof RollbackException && e.getCause() instanceof OptimisticLockException) {
            return new DomainException(ErrorCode.STALE_VERSION,
                    "somebody else changed the same data at the same time; read it again and retry");
        }
        if (JpaStorage.isUnreachable(e)) {
            return new StorageUnavailableException("the database cannot be reached: " + rootMessage(e), e);
        }
        return e;
    }

    /** The innermost cause's message on one line (the driver's, e.g. the refused address), not EclipseLink's report. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

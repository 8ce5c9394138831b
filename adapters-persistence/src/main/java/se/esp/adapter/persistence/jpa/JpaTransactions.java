package se.esp.adapter.persistence.jpa;

import java.util.Objects;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import se.esp.application.port.out.Transactions;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Resource-local transactions with one entity manager per transaction, bound to the calling thread so every
 * repository in the work shares it. A nested call joins the outer transaction.
 */
public final class JpaTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager = factory.createEntityManager();
        current.set(entityManager);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RollbackException e) {
            throw translate(e);
        } finally {
            try {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } finally {
                current.remove();
                entityManager.close();
            }
        }
    }

    /** The entity manager of the transaction the calling thread is in. */
    EntityManager entityManager() {
        EntityManager entityManager = current.get();
        if (entityManager == null) {
            throw new IllegalStateException("storage used outside Transactions.inTransaction");
        }
        return entityManager;
    }

    private static RuntimeException translate(RollbackException e) {
        if (e.getCause() instanceof OptimisticLockException) {
            return new DomainException(ErrorCode.STALE_VERSION,
                    "somebody else changed the same data at the same time; read it again and retry");
        }
        return e;
    }
}

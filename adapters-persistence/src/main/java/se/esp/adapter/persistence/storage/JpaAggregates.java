package se.esp.adapter.persistence.storage;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Versioned aggregates in rows of one entity, saved with optimistic locking and the failures a use case expects, in
 * the order and with the messages of {@link InMemoryAggregates}. It implements the ports' {@code save}; a subclass
 * says how an aggregate becomes a row and back, what a save must not collide with, and answers the rest of its port
 * through {@link #storage}.
 *
 * <p>A save of version 0 is an insert: the new row is persisted after {@link #refuseNew} (a second row with the same
 * primary key is left to the table to refuse). A save of any other version is an update of the row it was read
 * from: refused as "no longer exists" when there is none, as stale when its version differs, and by
 * {@link #refuseUpdate}. The change is flushed at once, so a row changed by another transaction since it was read (a
 * lost update) is refused as stale here, not at the commit, and a constraint the table enforces as
 * {@link #onConstraintViolation} says.</p>
 *
 * @param <T> the aggregate
 * @param <E> its entity
 */
public abstract class JpaAggregates<T, E> {

    protected final JpaStorage storage;
    private final Class<E> entity;
    private final Function<T, Object> primaryKey;
    private final ToLongFunction<T> version;
    private final ToLongFunction<E> rowVersion;
    private final SaveRefusals<T> refusals;

    /**
     * @param entity      the entity the aggregate is stored in
     * @param primaryKey  the aggregate's row's primary key, e.g. {@code p -> p.id().toString()}
     * @param version     the version the aggregate was read at
     * @param rowVersion  the version the row holds (its {@code @Version} column)
     * @param description how messages name the aggregate, e.g. {@code p -> "packaging " + p.id()}
     * @param notFound    the error of an update of an aggregate that has no row ("… no longer exists"), or
     *                    {@link ErrorCode#STALE_VERSION} to report it as a stale version
     */
    protected JpaAggregates(JpaStorage storage, Class<E> entity, Function<T, Object> primaryKey,
                            ToLongFunction<T> version, ToLongFunction<E> rowVersion, Function<T, String> description,
                            ErrorCode notFound) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.primaryKey = Objects.requireNonNull(primaryKey, "primaryKey");
        this.version = Objects.requireNonNull(version, "version");
        this.rowVersion = Objects.requireNonNull(rowVersion, "rowVersion");
        this.refusals = new SaveRefusals<>(version, description, notFound);
    }

    /** The row of a new aggregate, not yet persisted. */
    protected abstract E newRow(T aggregate);

    /** Writes the aggregate's changes into the row it was read from. */
    protected abstract void update(T aggregate, E row);

    /** The aggregate as its row stores it. */
    protected abstract T toDomain(E row);

    /** Refuses to insert {@code aggregate}, for what the table's constraints would refuse; by default nothing. */
    protected void refuseNew(T aggregate) {
    }

    /** Refuses an update that passed the version check; by default none is refused. */
    protected void refuseUpdate(T aggregate, E row) {
    }

    /** The row an update changes; by default found by primary key without a lock. */
    protected E rowToUpdate(T aggregate) {
        return storage.entityManager().find(entity, primaryKey.apply(aggregate));
    }

    /** Writes what is stored beside the row (other tables), after it is persisted or updated; by default nothing. */
    protected void writeBeside(T aggregate, E row) {
    }

    /**
     * A unique, primary-key or foreign-key constraint refused the save: throws what that means for the aggregate.
     * By default nothing, and the database's failure is thrown as it is.
     */
    protected void onConstraintViolation(T aggregate) {
    }

    protected final DomainException stale(T aggregate) {
        return refusals.stale(aggregate);
    }

    protected final DomainException notFound(T aggregate) {
        return refusals.notFound(aggregate);
    }

    /** Stores the aggregate at its next version, after the checks above; returns it as stored. */
    public T save(T aggregate) {
        return toDomain(write(aggregate));
    }

    /** {@link #save}'s work up to the flushed row, for a subclass that writes more after it. */
    protected final E write(T aggregate) {
        EntityManager entityManager = storage.entityManager();
        long read = version.applyAsLong(aggregate);
        E row;
        if (read == 0) {
            refuseNew(aggregate);
            row = newRow(aggregate);
            entityManager.persist(row);
        } else {
            row = rowToUpdate(aggregate);
            if (row == null) {
                throw refusals.notFound(aggregate);
            }
            if (rowVersion.applyAsLong(row) != read) {
                throw stale(aggregate);
            }
            refuseUpdate(aggregate, row);
            update(aggregate, row);
        }
        writeBeside(aggregate, row);
        flush(aggregate);
        return row;
    }

    private void flush(T aggregate) {
        try {
            storage.entityManager().flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(aggregate);
            }
            if (JpaStorage.isConstraintViolation(e)) {
                onConstraintViolation(aggregate);
            }
            throw e;
        }
    }
}

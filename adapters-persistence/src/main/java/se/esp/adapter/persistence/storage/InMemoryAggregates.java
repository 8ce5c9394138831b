package se.esp.adapter.persistence.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Versioned aggregates in a map, kept as a database keeps rows: callers only ever get copies, so a change is kept
 * only when saved; a save checks the version it was read at (optimistic locking) and stores the next one; the
 * whole map is the snapshot an {@link InMemoryTransactions} puts back when a transaction fails
 * ({@link InMemoryMapStore}). It implements the ports' {@code findById} and {@code save}; a subclass says how to
 * copy its aggregate, what a save must not collide with, and answers the rest of its port from {@link #stored()}.
 * Every method here that touches the map holds the store's lock, so a subclass's query needs none of its own unless
 * it keeps more state.
 *
 * <p>A save of version 0 is an insert: refused as stale if the id is stored already ({@link #refuseNew} may refuse
 * it otherwise, or refuse a duplicate of a unique value); a save of any other version is an update: refused as
 * "no longer exists" when nothing is stored under the id, as stale when the stored version differs, and by
 * {@link #refuseUpdate} for what else the table would refuse.</p>
 *
 * @param <I> the aggregate's id, the map's key
 * @param <T> the aggregate, an immutable value or one rebuilt by {@link #copy(Object, long)}
 */
public abstract class InMemoryAggregates<I, T> extends InMemoryMapStore<I, T> {

    private final Function<T, I> id;
    private final ToLongFunction<T> version;
    private final SaveRefusals<T> refusals;

    /**
     * @param id          the aggregate's id
     * @param version     the version it was read at
     * @param description how messages name it, e.g. {@code p -> "packaging " + p.id()}
     * @param notFound    the error of an update of an aggregate that is not stored ("… no longer exists"), or
     *                    {@link ErrorCode#STALE_VERSION} to report it as a stale version
     */
    protected InMemoryAggregates(Function<T, I> id, ToLongFunction<T> version, Function<T, String> description,
                                 ErrorCode notFound) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.refusals = new SaveRefusals<>(version, description, notFound);
    }

    /** The aggregate rebuilt with the given version, sharing nothing a caller could change. */
    protected abstract T copy(T aggregate, long version);

    /**
     * Refuses to insert {@code aggregate}: by default only when its id is stored already ({@code stored} not
     * {@code null}), as a stale version. Subclasses add the uniqueness a table's constraints would enforce.
     */
    protected void refuseNew(T aggregate, T stored) {
        if (stored != null) {
            throw stale(aggregate);
        }
    }

    /** Refuses an update that passed the version check; by default none is refused. */
    protected void refuseUpdate(T aggregate, T stored) {
    }

    /** What is kept for {@code aggregate} at its next version; by default a copy. */
    protected T asStored(T aggregate, long nextVersion) {
        return copy(aggregate, nextVersion);
    }

    protected final DomainException stale(T aggregate) {
        return refusals.stale(aggregate);
    }

    /** Stores the aggregate at its next version, after the checks above; returns a copy of what is stored. */
    public synchronized T save(T aggregate) {
        I key = id.apply(aggregate);
        T stored = rows().get(key);
        long read = version.applyAsLong(aggregate);
        if (read == 0) {
            refuseNew(aggregate, stored);
        } else if (stored == null) {
            throw refusals.notFound(aggregate);
        } else if (version.applyAsLong(stored) != read) {
            throw stale(aggregate);
        } else {
            refuseUpdate(aggregate, stored);
        }
        T next = asStored(aggregate, read + 1);
        rows().put(key, next);
        return copy(next);
    }

    public final synchronized Optional<T> findById(I key) {
        return Optional.ofNullable(rows().get(key)).map(this::copy);
    }

    /** The stored aggregates themselves, not copies: to filter and sort, then copy what is handed out. */
    protected final synchronized Stream<T> stored() {
        return List.copyOf(rows().values()).stream();
    }

    /** The first stored aggregate that matches, as a copy. */
    protected final synchronized Optional<T> findFirst(Predicate<T> matching) {
        return rows().values().stream().filter(matching).findFirst().map(this::copy);
    }

    /** One page of {@code matching} (filtered and sorted), as copies, with the size of the whole listing. */
    protected final Page<T> page(List<T> matching, PageRequest page) {
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(this::copy).toList(), page,
                matching.size());
    }

    protected final T copy(T aggregate) {
        return copy(aggregate, version.applyAsLong(aggregate));
    }
}

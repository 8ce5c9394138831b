package se.esp.adapter.persistence.storage;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * How a save of a versioned aggregate is refused, in the same words in memory ({@link InMemoryAggregates}) and in
 * the database ({@link JpaAggregates}), so a use case sees one failure whichever storage it runs on.
 *
 * @param <T> the aggregate
 */
final class SaveRefusals<T> {

    private final ToLongFunction<T> version;
    private final Function<T, String> description;
    private final ErrorCode notFound;

    /**
     * @param version     the version the aggregate was read at
     * @param description how messages name it, e.g. {@code p -> "packaging " + p.id()}
     * @param notFound    the error of an update of an aggregate that is not stored ("… no longer exists"), or
     *                    {@link ErrorCode#STALE_VERSION} to report it as a stale version
     */
    SaveRefusals(ToLongFunction<T> version, Function<T, String> description, ErrorCode notFound) {
        this.version = Objects.requireNonNull(version, "version");
        this.description = Objects.requireNonNull(description, "description");
        this.notFound = Objects.requireNonNull(notFound, "notFound");
    }

    /** The aggregate was changed by somebody else since it was read. */
    DomainException stale(T aggregate) {
        return new DomainException(ErrorCode.STALE_VERSION, description.apply(aggregate)
                + " was changed by somebody else since version " + version.applyAsLong(aggregate));
    }

    /** An update of an aggregate that is not stored. */
    DomainException notFound(T aggregate) {
        return notFound == ErrorCode.STALE_VERSION ? stale(aggregate)
                : new DomainException(notFound, description.apply(aggregate) + " no longer exists");
    }
}

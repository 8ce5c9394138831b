package se.esp.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import se.esp.domain.shared.DomainEvent;

/**
 * Records domain events in the same transaction as the state change that caused them; a relay publishes them
 * afterwards. So an event is published if and only if its change was committed.
 *
 * <p>The relay's side ({@link #claimUnpublished}, {@link #markPublished}, {@link #backlog}) is safe when several
 * server instances relay from one database at once: each entry is claimed by one transaction at a time, and one
 * aggregate's entries are handed out in the order they were appended.</p>
 *
 * <p>Published entries stay, marked, until {@link #purgePublishedBefore} deletes them: the platform keeps them
 * for a retention period and then purges them in batches.</p>
 */
public interface EventOutbox {

    void append(DomainEvent event);

    default void appendAll(List<? extends DomainEvent> events) {
        events.forEach(this::append);
    }

    /** The oldest events not yet published, in outbox order. Reads only: claims nothing. */
    List<OutboxEntry> unpublished(int limit);

    /**
     * Claims up to {@code limit} of the oldest unpublished entries for the calling transaction, oldest first, to
     * be published and then {@linkplain #markPublished marked} in the same transaction. The claim lasts until the
     * transaction ends; a transaction that ends without marking an entry leaves it unpublished for the next claim.
     *
     * <p>Entries that another open transaction has claimed are skipped, and so is every later entry of the same
     * aggregate: an aggregate's entries are never handed to two claimers at once, nor out of order. So fewer than
     * {@code limit} entries, or none, may come back although more are waiting.</p>
     */
    List<OutboxEntry> claimUnpublished(int limit);

    /**
     * Marks entries (by {@link OutboxEntry#sequence()}) as published at the given time: no later
     * {@link #unpublished} or {@link #claimUnpublished} returns them, and they no longer count in the
     * {@link #backlog()}. Marking an entry that is already marked changes nothing.
     */
    void markPublished(Collection<Long> sequences, Instant publishedAt);

    /** How many entries wait to be published, and the oldest of them. */
    OutboxBacklog backlog();

    /**
     * Deletes at most {@code limit} entries that were marked as published before {@code cutoff} (strictly), the
     * earliest published first (then in outbox order), and returns how many it deleted. An entry not marked as
     * published is never deleted, however old; nor is one whose marking has not committed yet. So calling it
     * until it returns less than {@code limit} removes every entry published before the cutoff, in batches of
     * one transaction each.
     *
     * <p>Safe while relays claim and mark entries: it neither waits for nor holds anything a relay needs.</p>
     */
    int purgePublishedBefore(Instant cutoff, int limit);
}

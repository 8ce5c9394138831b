package se.esp.adapter.persistence.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/**
 * The outbox in the {@code outbox_event} table, written through the current transaction's entity manager.
 *
 * <p>Claiming takes row locks with {@code SELECT … FOR UPDATE SKIP LOCKED}, which MariaDB (10.6 and later) and H2
 * in MariaDB mode both understand, so one SQL serves both. The rows are first chosen by a plain read and then
 * locked by primary key: locking by key takes record locks only, whereas a locking range scan over the
 * unpublished entries would, on MariaDB, also lock the gap where new entries are inserted and make every business
 * transaction wait for the relay (and for the broker it talks to).</p>
 */
public final class JpaEventOutbox implements EventOutbox {

    /** Chosen beyond the limit so a relay can still find free entries while another holds the oldest ones. */
    private static final int CANDIDATES_PER_CLAIMED_ENTRY = 2;

    private final JpaStorage storage;

    public JpaEventOutbox(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /**
     * Kept with the transaction and written just before it commits, together with every other event it appended, in
     * one JDBC batch ({@link #writePending}): the outbox sequence follows the order of the appends, and a submission's
     * events (the application's and each participant's) cost one round trip instead of a flush each.
     */
    @Override
    public void append(DomainEvent event) {
        pending().add(Objects.requireNonNull(event, "event"));
    }

    /** As {@link #append} one by one: kept and written with the transaction's other events, in this order. */
    @Override
    public void appendAll(List<? extends DomainEvent> events) {
        events.forEach(this::append);
    }

    private List<DomainEvent> pending() {
        return storage.transactionScoped(this, ArrayList::new, this::write);
    }

    /** Writes the events the transaction appended so far, before a read of the outbox that must see them. */
    private void writePending() {
        write(pending());
    }

    /**
     * The events in one JDBC batch on the transaction's connection: the driver sends the inserts together and runs
     * them in order, so the outbox sequence follows the list.
     */
    private void write(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = storage.connection().prepareStatement("INSERT INTO outbox_event (event_id,"
                + " aggregate_type, aggregate_id, event_type, schema_version, occurred_at, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DomainEvent event : events) {
                SerializedEvent serialized = EventSerializer.serialize(event);
                insert.setString(1, event.eventId().toString());
                insert.setString(2, serialized.aggregateType());
                insert.setString(3, event.aggregateId());
                insert.setString(4, serialized.eventType());
                insert.setInt(5, serialized.schemaVersion());
                insert.setObject(6, LocalDateTime.ofInstant(event.occurredAt().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
                insert.setString(7, serialized.payloadJson());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("appending " + events.size() + " events to the outbox failed", e);
        }
        events.clear();
    }

    @Override
    public List<OutboxEntry> unpublished(int limit) {
        writePending();
        EntityManager entityManager = storage.entityManager();
        entityManager.flush();
        return entityManager.createQuery(
                        "select e from OutboxEventJpaEntity e where e.publishedAt is null order by e.id",
                        OutboxEventJpaEntity.class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(JpaEventOutbox::toEntry)
                .toList();
    }

    @Override
    public List<OutboxEntry> claimUnpublished(int limit) {
        if (limit < 1) {
            return List.of();
        }
        writePending();
        EntityManager entityManager = storage.entityManager();
        entityManager.flush();
        List<Long> candidates = entityManager.createQuery(
                        "select e.id from OutboxEventJpaEntity e where e.publishedAt is null order by e.id", Long.class)
                .setMaxResults(limit * CANDIDATES_PER_CLAIMED_ENTRY)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> locked = lock(candidates, limit);
        if (locked.isEmpty()) {
            return List.of();
        }
        // the rows' content never changes, so reading it from the snapshot is right; whether they are unpublished
        // was decided by the locking read, which the snapshot may not agree with
        List<OutboxEventJpaEntity> rows = entityManager.createQuery(
                        "select e from OutboxEventJpaEntity e where e.id in :ids order by e.id",
                        OutboxEventJpaEntity.class)
                .setParameter("ids", locked)
                .getResultList();
        // released once mapped: the relay's later statements would otherwise compare every claimed row at each
        // flush, though nothing changes them
        return storage.mappedAndReleased(inAggregateOrder(entityManager, rows), JpaEventOutbox::toEntry);
    }

    /**
     * Locks up to {@code limit} of the candidate rows that no other transaction holds and that are still
     * unpublished; returns their ids. A locking read sees the latest committed row, whereas the candidates came
     * from a snapshot (MariaDB's repeatable read) in which another relay's publication may not show yet. One row
     * at a time by primary key: MariaDB may answer a list or a range of keys with a scan that locks rows and gaps
     * beyond those asked for, on a small table especially.
     */
    private Set<Long> lock(List<Long> candidates, int limit) {
        Set<Long> locked = new TreeSet<>();
        try (PreparedStatement lock = storage.connection().prepareStatement(
                "SELECT id FROM outbox_event WHERE id = ? AND published_at IS NULL FOR UPDATE SKIP LOCKED")) {
            for (Long candidate : candidates) {
                lock.setLong(1, candidate);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next()) {
                        locked.add(candidate);
                    }
                }
                if (locked.size() == limit) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("claiming outbox entries failed", e);
        }
        return locked;
    }

    /**
     * Keeps a locked row only if every unpublished row of its aggregate before it is locked by this transaction
     * too; a row behind one that another relay holds must wait, or the aggregate's events would overtake each
     * other.
     */
    private static List<OutboxEventJpaEntity> inAggregateOrder(EntityManager entityManager,
                                                              List<OutboxEventJpaEntity> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<Long> mine = rows.stream().map(OutboxEventJpaEntity::id).collect(Collectors.toSet());
        Set<String> aggregateIds = rows.stream().map(OutboxEventJpaEntity::aggregateId).collect(Collectors.toSet());
        long last = rows.get(rows.size() - 1).id();
        List<Object[]> waiting = entityManager.createQuery(
                        "select e.id, e.aggregateType, e.aggregateId from OutboxEventJpaEntity e"
                                + " where e.publishedAt is null and e.aggregateId in :aggregates and e.id <= :last"
                                + " order by e.id", Object[].class)
                .setParameter("aggregates", aggregateIds)
                .setParameter("last", last)
                .getResultList();
        Map<String, Long> firstNotMine = new HashMap<>();
        for (Object[] row : waiting) {
            long id = ((Number) row[0]).longValue();
            String aggregate = row[1] + "/" + row[2];
            if (!mine.contains(id)) {
                firstNotMine.putIfAbsent(aggregate, id);
            }
        }
        List<OutboxEventJpaEntity> kept = new ArrayList<>();
        for (OutboxEventJpaEntity row : rows) {
            Long blocker = firstNotMine.get(row.aggregateType() + "/" + row.aggregateId());
            if (blocker == null || blocker > row.id()) {
                kept.add(row);
            }
        }
        return kept;
    }

    @Override
    public void markPublished(Collection<Long> sequences, Instant publishedAt) {
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (sequences.isEmpty()) {
            return;
        }
        // one row at a time by primary key, with no condition on published_at, for the same reason as lock():
        // anything else may let MariaDB lock gaps where new entries are inserted, or rows another relay holds; sent
        // together in one JDBC batch
        try (PreparedStatement update = storage.connection().prepareStatement(
                "UPDATE outbox_event SET published_at = COALESCE(published_at, ?) WHERE id = ?")) {
            LocalDateTime at = LocalDateTime.ofInstant(publishedAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            for (Long id : new TreeSet<>(sequences)) {
                update.setObject(1, at);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("marking " + sequences.size() + " outbox entries published failed", e);
        }
    }

    @Override
    public OutboxBacklog backlog() {
        writePending();
        EntityManager entityManager = storage.entityManager();
        entityManager.flush();
        long size = entityManager.createQuery(
                        "select count(e) from OutboxEventJpaEntity e where e.publishedAt is null", Long.class)
                .getSingleResult();
        if (size == 0) {
            return OutboxBacklog.EMPTY;
        }
        Optional<Instant> oldest = entityManager.createQuery(
                        "select e.occurredAt from OutboxEventJpaEntity e where e.publishedAt is null order by e.id",
                        Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        // the oldest may have been published between the two reads; then the backlog is as good as empty
        return oldest.map(at -> new OutboxBacklog(size, Optional.of(at))).orElse(OutboxBacklog.EMPTY);
    }

    /**
     * Chooses the rows by a plain read of the index on {@code (published_at, id)} — a snapshot read, which locks
     * nothing and cannot see a marking that has not committed — and then deletes them one by one by primary key,
     * in one JDBC batch, each delete again requiring the row to be published before the cutoff. A delete by key
     * locks only its own row, a published one, which no relay claims (relays lock only unpublished rows, with
     * {@code SKIP LOCKED}). A set-based {@code DELETE … WHERE published_at < ? ORDER BY … LIMIT ?} would, on
     * MariaDB's repeatable read, take next-key locks on the ranges it scans, gaps where business transactions
     * insert entries and relays mark them included, so both waited for the purge's transaction (the contract's
     * concurrency tests time out with it), and H2 in MariaDB mode does not accept that syntax. Several purges at
     * once delete in key order, so they may wait for each other but never deadlock, and a row another purge took
     * first counts for that one only.
     */
    @Override
    public int purgePublishedBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        if (limit < 1) {
            return 0;
        }
        // the column holds microseconds: a cutoff cut down to them never deletes a row published at the cutoff
        LocalDateTime before = LocalDateTime.ofInstant(cutoff.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        writePending();
        java.sql.Connection connection = storage.connection();
        try {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM outbox_event"
                    + " WHERE published_at < ? ORDER BY published_at, id LIMIT ?")) {
                select.setObject(1, before);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getLong(1));
                    }
                }
            }
            if (candidates.isEmpty()) {
                return 0;
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM outbox_event WHERE id = ? AND published_at < ?")) {
                for (Long id : new TreeSet<>(candidates)) {
                    delete.setLong(1, id);
                    delete.setObject(2, before);
                    delete.addBatch();
                }
                int deleted = 0;
                for (int count : delete.executeBatch()) {
                    // only a driver sending the batch in bulk leaves the count out (Connector/J with useBulkStmts,
                    // off by default since 3.2): the row was a candidate, count it
                    deleted += count == Statement.SUCCESS_NO_INFO ? 1 : count;
                }
                return deleted;
            }
        } catch (SQLException e) {
            throw new PersistenceException("purging published outbox entries failed", e);
        }
    }

    private static OutboxEntry toEntry(OutboxEventJpaEntity e) {
        return new OutboxEntry(e.id(), UUID.fromString(e.eventId()), e.eventType(), e.schemaVersion(),
                e.aggregateType(), e.aggregateId(), e.occurredAt(), e.payload());
    }
}

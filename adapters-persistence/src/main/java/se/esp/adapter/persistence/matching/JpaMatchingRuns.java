package se.esp.adapter.persistence.matching;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.MatchingRuns;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Requests in {@code matching_request}, the lock in the one row of {@code matching_lock}. Plain SQL: the lock is a
 * row lock ({@code SELECT … FOR UPDATE}, the same on MariaDB and H2) that must be the transaction's first statement,
 * and served requests are deleted one by primary key, so MariaDB never locks the gap where new requests go. The
 * daily run is claimed on the same row ({@code last_daily_run}) with a conditional update: of several servers
 * claiming the same day, the first update wins and the others, waiting on its row lock, then find the day taken.
 */
public final class JpaMatchingRuns implements MatchingRuns {

    private static final int REASON_LENGTH = 300;

    private final JpaStorage storage;

    public JpaMatchingRuns(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void request(String reason, Instant at) {
        String text = reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
        storage.entityManager().createNativeQuery("INSERT INTO matching_request (requested_at, reason) VALUES (?, ?)")
                .setParameter(1, timestamp(at)).setParameter(2, text).executeUpdate();
    }

    @Override
    public void requestFor(MatchingQueue queue, String reason, Instant at) {
        String text = reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
        storage.entityManager().createNativeQuery("INSERT INTO matching_request (requested_at, reason,"
                        + " offering_version_id, language) VALUES (?, ?, ?, ?)")
                .setParameter(1, timestamp(at)).setParameter(2, text)
                .setParameter(3, queue.offeringVersion().value().toString())
                .setParameter(4, queue.language().value()).executeUpdate();
    }

    /** The pending requests are few (those that arrived while the previous run worked); all read at once. */
    @Override
    public Optional<Pending> lockAndFindPendingRequests() {
        lock(storage.entityManager());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = storage.entityManager().createNativeQuery(
                "SELECT id, offering_version_id, language FROM matching_request").getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long upTo = 0;
        boolean everything = false;
        Set<MatchingQueue> queues = new TreeSet<>();
        for (Object[] row : rows) {
            upTo = Math.max(upTo, ((Number) row[0]).longValue());
            if (row[1] == null || row[2] == null) {
                everything = true;
            } else {
                queues.add(new MatchingQueue(new OfferingVersionId(UUID.fromString(row[1].toString().trim())),
                        new LanguageCode(row[2].toString().trim())));
            }
        }
        return Optional.of(new Pending(upTo, everything, queues));
    }

    private static void lock(EntityManager entityManager) {
        if (entityManager.createNativeQuery("SELECT id FROM matching_lock WHERE id = 1 FOR UPDATE")
                .getResultList().isEmpty()) {
            createLockRow(entityManager);
        }
    }

    @Override
    public OptionalLong lockAndFindPending() {
        EntityManager entityManager = storage.entityManager();
        if (entityManager.createNativeQuery("SELECT id FROM matching_lock WHERE id = 1 FOR UPDATE")
                .getResultList().isEmpty()) {
            createLockRow(entityManager);
        }
        Object newest = entityManager.createNativeQuery("SELECT MAX(id) FROM matching_request").getSingleResult();
        return newest == null ? OptionalLong.empty() : OptionalLong.of(((Number) newest).longValue());
    }

    @Override
    public boolean claimDailyRun(LocalDate day) {
        EntityManager entityManager = storage.entityManager();
        if (claim(entityManager, day) == 1) {
            return true;
        }
        if (entityManager.createNativeQuery("SELECT id FROM matching_lock WHERE id = 1").getResultList().isEmpty()) {
            createLockRow(entityManager);
            return claim(entityManager, day) == 1;
        }
        return false;
    }

    private static int claim(EntityManager entityManager, LocalDate day) {
        return entityManager.createNativeQuery("UPDATE matching_lock SET last_daily_run = ? WHERE id = 1"
                        + " AND (last_daily_run IS NULL OR last_daily_run < ?)")
                .setParameter(1, day).setParameter(2, day).executeUpdate();
    }

    /** The migration inserts the row; a database wiped for tests gets it back here. */
    private static void createLockRow(EntityManager entityManager) {
        try {
            entityManager.createNativeQuery("INSERT INTO matching_lock (id, runs) VALUES (1, 0)").executeUpdate();
        } catch (PersistenceException e) {
            if (!JpaStorage.isConstraintViolation(e)) {
                throw e;
            }
        }
        entityManager.createNativeQuery("SELECT id FROM matching_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    /** The requests read, deleted one by primary key in one JDBC batch (sent together, not a round trip each). */
    @Override
    public void served(long upTo, Instant at) {
        EntityManager entityManager = storage.entityManager();
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("SELECT id FROM matching_request WHERE id <= ?")
                .setParameter(1, upTo).getResultList();
        if (!ids.isEmpty()) {
            try (PreparedStatement delete = storage.connection().prepareStatement(
                    "DELETE FROM matching_request WHERE id = ?")) {
                for (Object id : ids) {
                    delete.setLong(1, ((Number) id).longValue());
                    delete.addBatch();
                }
                delete.executeBatch();
            } catch (SQLException e) {
                throw new PersistenceException("deleting " + ids.size() + " served matching requests failed", e);
            }
        }
        entityManager.createNativeQuery("UPDATE matching_lock SET runs = runs + 1, last_run_at = ? WHERE id = 1")
                .setParameter(1, timestamp(at)).executeUpdate();
    }

    private static LocalDateTime timestamp(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}

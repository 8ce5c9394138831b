package se.esp.adapter.persistence.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Applications in the {@code application} table, the participants document (answers, stated target groups)
 * encrypted; the waiting demand read as plain columns, no documents.
 */
public final class JpaApplications extends JpaAggregates<Application, ApplicationJpaEntity>
        implements Applications, WaitingDemand {

    /** Rows kept between passes: at most this many, over every queue (about a kilobyte each). */
    static final int WAITING_ROWS_KEPT = 50_000;

    private final ApplicationMapper mapper;
    private final WaitingRowsKept kept = new WaitingRowsKept(WAITING_ROWS_KEPT);

    /** @param cipher the participants' cipher: answers are personal data as much as names are */
    public JpaApplications(JpaStorage storage, PersonalDataCipher cipher) {
        super(storage, ApplicationJpaEntity.class, a -> a.id().toString(), Application::version, row -> row.version,
                a -> "application " + a.id(), ErrorCode.APPLICATION_NOT_FOUND);
        this.mapper = new ApplicationMapper(cipher);
    }

    @Override
    public Optional<Application> findById(ApplicationId id) {
        return storage.find(ApplicationJpaEntity.class, id).map(mapper::toDomain);
    }

    @Override
    public Optional<Application> findByIdempotencyKey(OrganisationId consumer, IdempotencyKey key) {
        return storage.entityManager().createQuery("select a from ApplicationJpaEntity a"
                        + " where a.consumerId = :consumer and a.idempotencyKey = :key", ApplicationJpaEntity.class)
                .setParameter("consumer", consumer.toString())
                .setParameter("key", key.value())
                .getResultStream().findFirst().map(mapper::toDomain);
    }

    @Override
    public Map<ApplicationId, WaitState> waitStates() {
        Map<ApplicationId, WaitState> states = new HashMap<>();
        storage.entityManager().createQuery("select a.id, a.status, a.waitReason, a.explanation"
                        + " from ApplicationJpaEntity a where a.status in :waiting", Object[].class)
                .setParameter("waiting", EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.WAITLISTED))
                .getResultList()
                .forEach(row -> states.put(new ApplicationId(UUID.fromString((String) row[0])),
                        new WaitState((ApplicationStatus) row[1], (String) row[2], (String) row[3])));
        return states;
    }

    @Override
    public List<Application> withParticipant(ParticipantId participant) {
        @SuppressWarnings("unchecked")
        List<Object> ids = storage.entityManager().createNativeQuery(
                        "SELECT application_id FROM application_participant WHERE participant_id = ?")
                .setParameter(1, participant.toString()).getResultList();
        return ids.stream().map(id -> storage.entityManager().find(ApplicationJpaEntity.class, id.toString()))
                .filter(Objects::nonNull).map(mapper::toDomain).toList();
    }

    @Override
    public Page<Application> list(ApplicationFilter filter, PageRequest page) {
        JpaListing<ApplicationJpaEntity> listing = new JpaListing<>(ApplicationJpaEntity.class, "a");
        filter.consumerIfAny().ifPresent(consumer -> listing.where("a.consumerId = :consumer", "consumer",
                consumer.toString()));
        filter.supplierIfAny().ifPresent(supplier -> listing.where("a.supplierId = :supplier", "supplier",
                supplier.toString()));
        filter.statusIfAny().ifPresent(status -> listing.where("a.status = :status", "status", status));
        return listing.page(storage.entityManager(), "a.receivedAt desc, a.id", page, mapper::toDomain);
    }

    /**
     * The waiting demand and its states are read over JDBC on the transaction's connection, no entities: a queue
     * pass reads every application its queues hold, and in the load benchmark's profile EclipseLink's report
     * queries spent most of that reading building their results. Every save flushes before it returns, so these reads
     * see the transaction's own writes.
     */
    @Override
    public List<WaitingApplication> waiting() {
        return waiting(WAITING, statement -> { });
    }

    private static final String WAITING = "SELECT id, offering_version_id, consumer_organisation_id,"
            + " participant_count, language, earliest_start, urgent, received_at FROM application"
            + " WHERE status IN ('RECEIVED', 'WAITLISTED')";

    /** One query per queue on the index {@code ix_application_queue} (offering version, language, status). */
    @Override
    public List<WaitingApplication> waitingIn(Collection<MatchingQueue> queues) {
        List<WaitingApplication> waiting = new ArrayList<>();
        for (MatchingQueue queue : new TreeSet<>(queues)) {
            waiting.addAll(waiting(WAITING + " AND offering_version_id = ? AND language = ?", statement -> {
                statement.setString(1, queue.offeringVersion().value().toString());
                statement.setString(2, queue.language().value());
            }));
        }
        return waiting;
    }

    @Override
    public Set<MatchingQueue> waitingForAGroup() {
        Set<MatchingQueue> queues = new TreeSet<>();
        storage.entityManager().createQuery("select distinct a.offeringVersionId, a.language"
                        + " from ApplicationJpaEntity a where a.status = :waitlisted and a.waitReason = :reason",
                        Object[].class)
                .setParameter("waitlisted", ApplicationStatus.WAITLISTED)
                .setParameter("reason", WaitReason.MINIMUM_GROUP_NOT_REACHED.name())
                .getResultList()
                .forEach(row -> queues.add(new MatchingQueue(new OfferingVersionId(UUID.fromString((String) row[0])),
                        new LanguageCode((String) row[1]))));
        return queues;
    }

    /**
     * Per queue, the ids and versions of its waiting rows from the index alone ({@code ix_application_queue_version},
     * V100), then only the rows this server does not hold at that version (a chunk of ids per query): a pass over a
     * queue of thousands otherwise read every row whole, again and again, while only those submitted or decided since
     * the last pass had changed. What the rows held is kept once the transaction commits ({@link WaitingRowsKept}).
     */
    @Override
    public Queues waitingAndDecidedIn(Collection<MatchingQueue> queues) {
        List<WaitingApplication> waiting = new ArrayList<>();
        Map<ApplicationId, WaitState> decisions = new HashMap<>();
        for (MatchingQueue queue : new TreeSet<>(queues)) {
            Map<String, WaitingRowsKept.Row> rows = waitingRowsOf(queue);
            for (WaitingRowsKept.Row row : rows.values()) {
                waiting.add(row.application());
                decisions.put(row.application().id(), row.state());
            }
            storage.afterCommit(() -> kept.keep(queue, rows));
        }
        return new Queues(waiting, decisions);
    }

    private Map<String, WaitingRowsKept.Row> waitingRowsOf(MatchingQueue queue) {
        Map<String, WaitingRowsKept.Row> before = kept.of(queue);
        Map<String, WaitingRowsKept.Row> rows = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        try (PreparedStatement statement = storage.connection().prepareStatement("SELECT id, version FROM application"
                + " WHERE offering_version_id = ? AND language = ? AND status IN ('RECEIVED', 'WAITLISTED')")) {
            statement.setFetchSize(1000);
            statement.setString(1, queue.offeringVersion().value().toString());
            statement.setString(2, queue.language().value());
            try (ResultSet read = statement.executeQuery()) {
                while (read.next()) {
                    String id = read.getString(1).trim();
                    WaitingRowsKept.Row row = before.get(id);
                    if (row != null && row.version() == read.getLong(2)) {
                        rows.put(id, row);
                    } else {
                        unknown.add(id);
                    }
                }
            }
            for (int from = 0; from < unknown.size(); from += 500) {
                List<String> chunk = unknown.subList(from, Math.min(unknown.size(), from + 500));
                try (PreparedStatement whole = storage.connection().prepareStatement(WAITING_ROW
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        whole.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet read = whole.executeQuery()) {
                        while (read.next()) {
                            WaitingApplication application = waitingApplication(read);
                            rows.put(application.id().toString(), new WaitingRowsKept.Row(read.getLong(12),
                                    application, new WaitState(ApplicationStatus.valueOf(read.getString(9).trim()),
                                    read.getString(10), read.getString(11))));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("the applications waiting in queue " + queue, e);
        }
        return rows;
    }

    /** A waiting row whole, as {@link #waitingApplication} reads it, with its decision and version; ids follow. */
    private static final String WAITING_ROW = "SELECT id, offering_version_id, consumer_organisation_id,"
            + " participant_count, language, earliest_start, urgent, received_at, status, wait_reason, explanation,"
            + " version FROM application WHERE status IN ('RECEIVED', 'WAITLISTED') AND id IN (";

    /** By primary key, a chunk at a time; for a run over everything, all the waiting at once. */
    @Override
    public Map<ApplicationId, WaitState> waitStates(Collection<ApplicationId> ids) {
        if (ids.size() > 10_000) {
            return Applications.super.waitStates(ids);
        }
        Map<ApplicationId, WaitState> states = new HashMap<>();
        List<String> keys = ids.stream().map(ApplicationId::toString).toList();
        for (int from = 0; from < keys.size(); from += 1000) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            String sql = "SELECT id, status, wait_reason, explanation FROM application WHERE status IN ('RECEIVED',"
                    + " 'WAITLISTED') AND id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = storage.connection().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        states.put(new ApplicationId(UUID.fromString(rows.getString(1).trim())), new WaitState(
                                ApplicationStatus.valueOf(rows.getString(2).trim()), rows.getString(3),
                                rows.getString(4)));
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("the wait states of " + chunk.size() + " applications", e);
            }
        }
        return states;
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<WaitingApplication> waiting(String sql, Parameters parameters) {
        List<WaitingApplication> waiting = new ArrayList<>();
        try (PreparedStatement statement = storage.connection().prepareStatement(sql)) {
            statement.setFetchSize(1000);
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    waiting.add(waitingApplication(rows));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("the waiting applications", e);
        }
        return waiting;
    }

    /** A chunk of primary keys per query; the rows are released once mapped (see {@link #saveDecisions}). */
    @Override
    public List<Application> findAllById(Collection<ApplicationId> ids) {
        List<String> keys = ids.stream().map(ApplicationId::toString).distinct().toList();
        List<Application> found = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += 500) {
            List<ApplicationJpaEntity> rows = storage.entityManager().createQuery("select a from"
                            + " ApplicationJpaEntity a where a.id in :ids", ApplicationJpaEntity.class)
                    .setParameter("ids", keys.subList(from, Math.min(keys.size(), from + 500))).getResultList();
            found.addAll(storage.mappedAndReleased(rows, mapper::toDomain));
        }
        return found;
    }

    /**
     * One JDBC batch of updates on the transaction's connection (the driver sends them together), each of a row at
     * the version it was read at; a row that matched none is reported as {@link #save} would (stale, or no longer
     * stored). The participants are not written: a decision does not change them. The transaction's entities are
     * flushed and released first (every save flushes, so nothing is pending but what this flush writes): none is left
     * holding a row as it was before, and a later read in the transaction sees the decision.
     */
    @Override
    public void saveDecisions(List<Application> decided) {
        if (decided.isEmpty()) {
            return;
        }
        java.sql.Connection connection = storage.connection();
        storage.entityManager().clear();
        int[] counts;
        try (PreparedStatement update = connection.prepareStatement("UPDATE application SET status = ?,"
                + " wait_reason = ?, explanation = ?, delivery_id = ?, decided_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ?")) {
            for (Application application : decided) {
                ApplicationJpaEntity row = new ApplicationJpaEntity();
                ApplicationMapper.copyChangeableFields(application, row);
                update.setString(1, row.status.name());
                update.setString(2, row.waitReason);
                update.setString(3, row.explanation);
                update.setString(4, row.deliveryId);
                update.setObject(5, row.decidedAt == null ? null
                        : LocalDateTime.ofInstant(row.decidedAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                update.setString(6, application.id().toString());
                update.setLong(7, application.version());
                update.addBatch();
            }
            counts = update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("storing matching's decisions on " + decided.size() + " applications", e);
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                Application refused = decided.get(i);
                throw storage.find(ApplicationJpaEntity.class, refused.id()).isPresent() ? stale(refused)
                        : notFound(refused);
            }
        }
    }

    /** The row's first eight columns as {@link #WAITING} selects them. */
    private static WaitingApplication waitingApplication(ResultSet rows) throws SQLException {
        return new WaitingApplication(new ApplicationId(UUID.fromString(rows.getString(1).trim())),
                new OfferingVersionId(UUID.fromString(rows.getString(2).trim())),
                new OrganisationId(UUID.fromString(rows.getString(3).trim())), rows.getInt(4),
                new LanguageCode(rows.getString(5).trim()), rows.getObject(6, LocalDate.class),
                rows.getBoolean(7), rows.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    @Override
    protected ApplicationJpaEntity newRow(Application application) {
        return mapper.newRow(application);
    }

    @Override
    protected void update(Application application, ApplicationJpaEntity row) {
        ApplicationMapper.copyChangeableFields(application, row);
        mapper.copyParticipants(application, row);
    }

    @Override
    protected Application toDomain(ApplicationJpaEntity row) {
        return mapper.toDomain(row);
    }

    /** A new application's participant lookup rows, after its row (their foreign key) is flushed. */
    @Override
    protected void writeBeside(Application application, ApplicationJpaEntity row) {
        if (application.version() != 0) {
            return;
        }
        EntityManager entityManager = storage.entityManager();
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isConstraintViolation(e)) {
                onConstraintViolation(application);
            }
            throw e;
        }
        // the participants' rows in one JDBC batch on the transaction's connection (flushed just above)
        try (PreparedStatement insert = entityManager.unwrap(Connection.class).prepareStatement(
                "INSERT INTO application_participant (application_id, participant_id) VALUES (?, ?)")) {
            for (ParticipantId participant : application.participantIds()) {
                insert.setString(1, application.id().toString());
                insert.setString(2, participant.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("storing the participants of application " + application.id()
                    + " failed", e);
        }
    }

    @Override
    protected void onConstraintViolation(Application application) {
        if (application.idempotencyKey().isPresent()) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "the consumer already has an "
                    + "application with the idempotency key " + application.idempotencyKey().get());
        }
    }
}

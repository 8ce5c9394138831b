package se.esp.adapter.persistence.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliverySale;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.resource.ResourceId;

/** Deliveries in the {@code delivery} and {@code delivery_seat} tables. */
public final class JpaDeliveries extends JpaAggregates<Delivery, DeliveryJpaEntity>
        implements Deliveries, OpenDeliveries {

    public JpaDeliveries(JpaStorage storage) {
        super(storage, DeliveryJpaEntity.class, d -> d.id().toString(), Delivery::version, row -> row.version,
                d -> "delivery " + d.id(), ErrorCode.DELIVERY_NOT_FOUND);
    }

    @Override
    public Optional<Delivery> findById(DeliveryId id) {
        return storage.find(DeliveryJpaEntity.class, id).map(DeliveryMapper::toDomain);
    }

    @Override
    public Page<Delivery> list(DeliveryFilter filter, PageRequest page) {
        JpaListing<DeliveryJpaEntity> listing = new JpaListing<>(DeliveryJpaEntity.class, "d");
        filter.supplierIfAny().ifPresent(supplier -> listing.where("d.supplierId = :supplier", "supplier",
                supplier.toString()));
        filter.consumerIfAny().ifPresent(consumer -> listing.where("exists (select d2.id from DeliveryJpaEntity d2"
                + " join d2.seats s where d2.id = d.id and s.consumerId = :consumer)", "consumer", consumer.toString()));
        filter.resourceIfAny().ifPresent(resource -> listing.where("d.resourceId = :resource", "resource",
                resource.toString()));
        filter.statusIfAny().ifPresent(status -> listing.where("d.status = :status", "status", status));
        return listing.page(storage.entityManager(), "d.startsOn, d.id", page, DeliveryMapper::toDomain);
    }

    @Override
    public List<Delivery> withParticipant(ParticipantId participant) {
        return storage.entityManager().createQuery("select distinct d from DeliveryJpaEntity d join d.seats s"
                        + " where s.participantId = :participant", DeliveryJpaEntity.class)
                .setParameter("participant", participant.toString())
                .getResultList().stream().map(DeliveryMapper::toDomain).toList();
    }

    @Override
    public List<Delivery> completedBetween(Instant from, Instant to) {
        return storage.entityManager().createQuery("select d from DeliveryJpaEntity d where d.status = :completed"
                        + " and d.completedAt >= :from and d.completedAt < :to order by d.completedAt, d.id",
                        DeliveryJpaEntity.class)
                .setParameter("completed", DeliveryStatus.COMPLETED)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(DeliveryMapper::toDomain).toList();
    }

    @Override
    public List<DeliverySale> salesCompletedBetween(Instant from, Instant to) {
        // One pass over the join, places in the order they were taken; no entities, so a month of several hundred
        // thousand deliveries reads in seconds.
        String sql = "SELECT d.id, d.supplier_organisation_id, d.completed_at, d.price_per_participant_ore, "
                + "d.cost_split_rule, d.resource_id, d.resource_name, d.resource_employer_id, d.hourly_rate_ore, "
                + "d.resource_hours, s.application_id, s.consumer_organisation_id "
                + "FROM delivery d JOIN delivery_seat s ON s.delivery_id = d.id "
                + "WHERE d.status = 'COMPLETED' AND d.completed_at >= ? AND d.completed_at < ? "
                + "ORDER BY d.completed_at, d.id, s.position";
        List<DeliverySale> sales = new ArrayList<>();
        Map<String, OrganisationId> organisations = new HashMap<>();
        try (PreparedStatement statement = storage.connection().prepareStatement(sql)) {
            statement.setFetchSize(10_000);
            statement.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                SaleBuilder current = null;
                while (rows.next()) {
                    String id = rows.getString(1);
                    if (current == null || !current.id.equals(id)) {
                        if (current != null) {
                            sales.add(current.build());
                        }
                        String employer = rows.getString(8);
                        current = new SaleBuilder(id, organisations.computeIfAbsent(rows.getString(2),
                                OrganisationId::parse),
                                rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                Money.ofOre(rows.getLong(4)), CostSplitRule.valueOf(rows.getString(5)),
                                new ResourceAssignment(new ResourceId(UUID.fromString(rows.getString(6))),
                                        rows.getString(7), employer == null ? null
                                        : organisations.computeIfAbsent(employer, OrganisationId::parse),
                                        Money.ofOre(rows.getLong(9)), rows.getBigDecimal(10)));
                    }
                    current.places.add(new DeliverySale.Place(new ApplicationId(UUID.fromString(rows.getString(11))),
                            organisations.computeIfAbsent(rows.getString(12), OrganisationId::parse)));
                }
                if (current != null) {
                    sales.add(current.build());
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the deliveries completed in [" + from + ", " + to + ")", e);
        }
        return sales;
    }

    private static final class SaleBuilder {
        final String id;
        final OrganisationId supplier;
        final Instant completedAt;
        final Money pricePerParticipant;
        final CostSplitRule rule;
        final ResourceAssignment resource;
        final List<DeliverySale.Place> places = new ArrayList<>(8);

        SaleBuilder(String id, OrganisationId supplier, Instant completedAt, Money pricePerParticipant,
                    CostSplitRule rule, ResourceAssignment resource) {
            this.id = id;
            this.supplier = supplier;
            this.completedAt = completedAt;
            this.pricePerParticipant = pricePerParticipant;
            this.rule = rule;
            this.resource = resource;
        }

        DeliverySale build() {
            return new DeliverySale(new DeliveryId(UUID.fromString(id)), supplier, completedAt, pricePerParticipant,
                    rule, resource, places);
        }
    }

    @Override
    public List<Delivery> cancelledBetween(Instant from, Instant to) {
        return storage.entityManager().createQuery("select d from DeliveryJpaEntity d where d.cancelledAt >= :from"
                        + " and d.cancelledAt < :to order by d.cancelledAt, d.id", DeliveryJpaEntity.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(DeliveryMapper::toDomain).toList();
    }

    @Override
    public List<OpenDelivery> current() {
        return storage.entityManager().createQuery("select d from DeliveryJpaEntity d where d.status in :current",
                        DeliveryJpaEntity.class)
                .setParameter("current", EnumSet.of(DeliveryStatus.PLANNED, DeliveryStatus.IN_PROGRESS))
                .getResultList().stream().map(DeliveryMapper::toDomain).map(Delivery::asOpen).toList();
    }

    /**
     * Those the resources lead (on {@code ix_delivery_resource}) and those of the queues, a chunk of resources at a
     * time: a run over some queues reads these, not every delivery on the platform.
     */
    @Override
    public List<OpenDelivery> forMatching(Collection<ResourceId> resources, Collection<MatchingQueue> queues) {
        Map<String, OpenDelivery> found = new java.util.LinkedHashMap<>();
        EntityManager entityManager = storage.entityManager();
        List<String> ids = resources.stream().map(ResourceId::toString).sorted().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            storage.mappedAndReleased(entityManager.createQuery("select d from DeliveryJpaEntity d"
                            + " where d.status in :current and d.resourceId in :resources", DeliveryJpaEntity.class)
                    .setParameter("current", EnumSet.of(DeliveryStatus.PLANNED, DeliveryStatus.IN_PROGRESS))
                    .setParameter("resources", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList(), row -> DeliveryMapper.toDomain(row).asOpen())
                    .forEach(open -> found.put(open.id().toString(), open));
        }
        for (MatchingQueue queue : new java.util.TreeSet<>(queues)) {
            storage.mappedAndReleased(entityManager.createQuery("select d from DeliveryJpaEntity d"
                            + " where d.status in :current and d.offeringVersionId = :version"
                            + " and d.language = :language", DeliveryJpaEntity.class)
                    .setParameter("current", EnumSet.of(DeliveryStatus.PLANNED, DeliveryStatus.IN_PROGRESS))
                    .setParameter("version", queue.offeringVersion().value().toString())
                    .setParameter("language", queue.language().value())
                    .getResultList(), row -> DeliveryMapper.toDomain(row).asOpen())
                    .forEach(open -> found.putIfAbsent(open.id().toString(), open));
        }
        return List.copyOf(found.values());
    }

    @Override
    protected DeliveryJpaEntity newRow(Delivery delivery) {
        return DeliveryMapper.newRow(delivery);
    }

    @Override
    protected void update(Delivery delivery, DeliveryJpaEntity row) {
        DeliveryMapper.copyChangeableFields(delivery, row);
    }

    @Override
    protected Delivery toDomain(DeliveryJpaEntity row) {
        return DeliveryMapper.toDomain(row);
    }
}

package se.esp.adapter.persistence.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import se.esp.adapter.persistence.jpa.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Deliveries in the {@code delivery} and {@code delivery_seat} tables. */
public final class JpaDeliveries implements Deliveries, OpenDeliveries {

    private final JpaStorage storage;

    public JpaDeliveries(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<Delivery> findById(DeliveryId id) {
        return Optional.ofNullable(storage.entityManager().find(DeliveryJpaEntity.class, id.toString()))
                .map(DeliveryMapper::toDomain);
    }

    @Override
    public Page<Delivery> list(DeliveryFilter filter, PageRequest page) {
        EntityManager entityManager = storage.entityManager();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        filter.supplierIfAny().ifPresent(supplier -> {
            conditions.add("d.supplierId = :supplier");
            parameters.put("supplier", supplier.toString());
        });
        filter.consumerIfAny().ifPresent(consumer -> {
            conditions.add("exists (select d2.id from DeliveryJpaEntity d2 join d2.seats s"
                    + " where d2.id = d.id and s.consumerId = :consumer)");
            parameters.put("consumer", consumer.toString());
        });
        filter.resourceIfAny().ifPresent(resource -> {
            conditions.add("d.resourceId = :resource");
            parameters.put("resource", resource.toString());
        });
        filter.statusIfAny().ifPresent(status -> {
            conditions.add("d.status = :status");
            parameters.put("status", status);
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = entityManager.createQuery("select count(d) from DeliveryJpaEntity d" + where,
                Long.class);
        TypedQuery<DeliveryJpaEntity> rows = entityManager.createQuery("select d from DeliveryJpaEntity d" + where
                + " order by d.startsOn, d.id", DeliveryJpaEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Delivery> items = rows.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                .getResultList().stream().map(DeliveryMapper::toDomain).toList();
        return new Page<>(items, page, count.getSingleResult());
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

    @Override
    public Delivery save(Delivery delivery) {
        EntityManager entityManager = storage.entityManager();
        DeliveryJpaEntity row;
        if (delivery.version() == 0) {
            row = DeliveryMapper.newRow(delivery);
            entityManager.persist(row);
        } else {
            row = entityManager.find(DeliveryJpaEntity.class, delivery.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "delivery " + delivery.id()
                        + " no longer exists");
            }
            if (row.version != delivery.version()) {
                throw stale(delivery);
            }
            DeliveryMapper.copyChangeableFields(delivery, row);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(delivery);
            }
            throw e;
        }
        return DeliveryMapper.toDomain(row);
    }

    private static DomainException stale(Delivery delivery) {
        return new DomainException(ErrorCode.STALE_VERSION, "delivery " + delivery.id()
                + " was changed by somebody else since version " + delivery.version());
    }
}

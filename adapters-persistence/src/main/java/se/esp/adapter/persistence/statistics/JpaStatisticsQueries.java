package se.esp.adapter.persistence.statistics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.Money;

/**
 * Statistics in SQL: every figure is a {@code GROUP BY} over the plain columns of {@code application},
 * {@code delivery}, {@code delivery_seat} and {@code settlement_line}, so the database returns one row per month and
 * offering whatever the number of records behind it. One text for MariaDB and H2 (MODE=MariaDB): months by
 * {@code EXTRACT}, ranges as half-open intervals on the indexed columns (instants are stored as UTC date-times,
 * settlement periods as {@code 'YYYY-MM'}, which compare as text in month order).
 */
public final class JpaStatisticsQueries implements StatisticsQueries {

    private static final String MONTH_OF_RECEIPT = "EXTRACT(YEAR FROM a.received_at), EXTRACT(MONTH FROM a.received_at)";
    private static final String MONTH_OF_START = "EXTRACT(YEAR FROM d.starts_on), EXTRACT(MONTH FROM d.starts_on)";
    /** The offering of a line caused by a delivery; none for other causes. */
    private static final String LINE_OFFERING = "LEFT JOIN delivery d ON l.cause_type = 'DELIVERY' AND d.id = l.cause_id "
            + "LEFT JOIN offering_version v ON v.id = d.offering_version_id ";

    private static final int TITLES_PER_QUERY = 500;

    private final JpaStorage storage;

    public JpaStatisticsQueries(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public List<ApplicationFigures> applications(Scope scope, YearMonth from, YearMonth to) {
        String whose = switch (scope.side()) {
            case CONSUMER -> " AND a.consumer_organisation_id = ?3";
            case SUPPLIER -> " AND a.supplier_organisation_id = ?3";
            case PLATFORM -> "";
        };
        Query query = entityManager().createNativeQuery("SELECT " + MONTH_OF_RECEIPT + ", a.offering_id, COUNT(*), "
                + "SUM(a.participant_count) FROM application a "
                + "WHERE a.received_at >= ?1 AND a.received_at < ?2" + whose
                + " GROUP BY " + MONTH_OF_RECEIPT + ", a.offering_id");
        query.setParameter(1, start(from)).setParameter(2, start(to.plusMonths(1)));
        if (scope.organisation() != null) {
            query.setParameter(3, scope.organisation().toString());
        }
        List<ApplicationFigures> figures = new ArrayList<>();
        for (Object[] row : rows(query)) {
            figures.add(new ApplicationFigures(month(row[0], row[1]), offering(row[2]), count(row[3]), count(row[4])));
        }
        return figures;
    }

    @Override
    public List<DeliveryFigures> deliveries(Scope scope, YearMonth from, YearMonth to) {
        // Seats per delivery first, so a delivery's own columns are not repeated once per seat in the sums.
        String seats = switch (scope.side()) {
            case CONSUMER -> "JOIN (SELECT delivery_id, COUNT(*) AS placed FROM delivery_seat "
                    + "WHERE consumer_organisation_id = ?3 GROUP BY delivery_id) s ON s.delivery_id = d.id ";
            case SUPPLIER, PLATFORM -> "LEFT JOIN (SELECT delivery_id, COUNT(*) AS placed FROM delivery_seat "
                    + "GROUP BY delivery_id) s ON s.delivery_id = d.id ";
        };
        String whose = scope.side() == Scope.Side.SUPPLIER ? " AND d.supplier_organisation_id = ?3" : "";
        Query query = entityManager().createNativeQuery("SELECT " + MONTH_OF_START + ", v.offering_id, COUNT(*), "
                + "SUM(d.max_participants), SUM(COALESCE(s.placed, 0)), SUM(d.resource_hours) FROM delivery d "
                + "JOIN offering_version v ON v.id = d.offering_version_id " + seats
                + "WHERE d.status <> 'CANCELLED' AND d.starts_on >= ?1 AND d.starts_on < ?2" + whose
                + " GROUP BY " + MONTH_OF_START + ", v.offering_id");
        query.setParameter(1, from.atDay(1)).setParameter(2, to.plusMonths(1).atDay(1));
        if (scope.organisation() != null) {
            query.setParameter(3, scope.organisation().toString());
        }
        List<DeliveryFigures> figures = new ArrayList<>();
        for (Object[] row : rows(query)) {
            figures.add(new DeliveryFigures(month(row[0], row[1]), offering(row[2]), count(row[3]), count(row[4]),
                    count(row[5]), decimal(row[6])));
        }
        return figures;
    }

    @Override
    public List<SettledFigures> settled(OrganisationId organisation, YearMonth from, YearMonth to) {
        Query query = entityManager().createNativeQuery("SELECT l.period, v.offering_id, l.kind, l.rule_ref, "
                + "SUM(l.amount_ore) FROM settlement_line l " + LINE_OFFERING
                + "WHERE l.organisation_id = ?3 AND l.period >= ?1 AND l.period <= ?2 "
                + "GROUP BY l.period, v.offering_id, l.kind, l.rule_ref");
        query.setParameter(1, from.toString()).setParameter(2, to.toString())
                .setParameter(3, Objects.requireNonNull(organisation, "organisation").toString());
        return settledFigures(query);
    }

    @Override
    public List<SettledFigures> sold(YearMonth from, YearMonth to) {
        Query query = entityManager().createNativeQuery("SELECT l.period, v.offering_id, l.kind, l.rule_ref, "
                + "SUM(l.amount_ore) FROM settlement_line l " + LINE_OFFERING
                + "WHERE l.kind = 'DELIVERY_SOLD' AND l.period >= ?1 AND l.period <= ?2 "
                + "GROUP BY l.period, v.offering_id, l.kind, l.rule_ref");
        query.setParameter(1, from.toString()).setParameter(2, to.toString());
        return settledFigures(query);
    }

    @Override
    public List<CoverageFigures> coverage(YearMonth from, YearMonth to) {
        Query query = entityManager().createNativeQuery("SELECT a.offering_id, "
                + "COUNT(DISTINCT CASE WHEN o.kind = 'MUNICIPALITY' THEN o.id END), "
                + "COUNT(DISTINCT a.consumer_organisation_id) FROM application a "
                + "JOIN organisation o ON o.id = a.consumer_organisation_id "
                + "WHERE a.received_at >= ?1 AND a.received_at < ?2 GROUP BY a.offering_id");
        query.setParameter(1, start(from)).setParameter(2, start(to.plusMonths(1)));
        List<CoverageFigures> figures = new ArrayList<>();
        for (Object[] row : rows(query)) {
            figures.add(new CoverageFigures(offering(row[0]), count(row[1]), count(row[2])));
        }
        return figures;
    }

    @Override
    public Map<OfferingId, LocalisedText> titles(Collection<OfferingId> offerings) {
        Map<OfferingId, LocalisedText> titles = new HashMap<>();
        List<OfferingId> ids = List.copyOf(new LinkedHashSet<>(offerings));
        for (int start = 0; start < ids.size(); start += TITLES_PER_QUERY) {
            List<OfferingId> chunk = ids.subList(start, Math.min(ids.size(), start + TITLES_PER_QUERY));
            StringJoiner placeholders = new StringJoiner(", ");
            for (int i = 1; i <= chunk.size(); i++) {
                placeholders.add("?" + i);
            }
            // The current version is the one with the highest number; only its content is read, not the aggregate.
            Query query = entityManager().createNativeQuery("SELECT v.offering_id, v.content FROM offering_version v "
                    + "WHERE v.offering_id IN (" + placeholders + ") AND v.version_number = "
                    + "(SELECT MAX(w.version_number) FROM offering_version w WHERE w.offering_id = v.offering_id)");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i).toString());
            }
            for (Object[] row : rows(query)) {
                titles.put(offering(row[0]),
                        ContentJson.texts(ContentJson.parse(text(row[1])).getJsonObject("titles")));
            }
        }
        return titles;
    }

    private EntityManager entityManager() {
        EntityManager entityManager = storage.entityManager();
        entityManager.flush(); // what this transaction changed counts too
        return entityManager;
    }

    private static List<SettledFigures> settledFigures(Query query) {
        List<SettledFigures> figures = new ArrayList<>();
        for (Object[] row : rows(query)) {
            figures.add(new SettledFigures(YearMonth.parse(text(row[0])), row[1] == null ? null : offering(row[1]),
                    LineKind.valueOf(text(row[2])), row[3] == null ? null : text(row[3]),
                    Money.ofOre(count(row[4]))));
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static LocalDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay();
    }

    private static YearMonth month(Object year, Object month) {
        return YearMonth.of(((Number) year).intValue(), ((Number) month).intValue());
    }

    private static OfferingId offering(Object id) {
        return new OfferingId(UUID.fromString(text(id)));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static String text(Object value) {
        return value.toString().strip();
    }
}

package se.esp.adapter.persistence.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.esp.adapter.persistence.application.InMemoryApplications;
import se.esp.adapter.persistence.delivery.InMemoryDeliveries;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.domain.application.Application;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The same figures as {@link JpaStatisticsQueries}, computed over the in-memory adapters' records: what the SQL
 * groups, this groups in maps. It holds no data of its own.
 */
public final class InMemoryStatisticsQueries implements StatisticsQueries {

    private final InMemoryApplications applications;
    private final InMemoryDeliveries deliveries;
    private final SettlementPeriods periods;
    private final Organisations organisations;
    private final Offerings offerings;

    public InMemoryStatisticsQueries(InMemoryApplications applications, InMemoryDeliveries deliveries,
                                     SettlementPeriods periods, Organisations organisations, Offerings offerings) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.offerings = Objects.requireNonNull(offerings, "offerings");
    }

    @Override
    public List<ApplicationFigures> applications(Scope scope, YearMonth from, YearMonth to) {
        record Key(YearMonth month, OfferingId offering) {
        }
        Map<Key, long[]> sums = new LinkedHashMap<>();
        for (Application application : received(from, to)) {
            boolean theirs = switch (scope.side()) {
                case CONSUMER -> application.consumer().equals(scope.organisation());
                case SUPPLIER -> application.supplier().equals(scope.organisation());
                case PLATFORM -> true;
            };
            if (theirs) {
                long[] sum = sums.computeIfAbsent(new Key(monthOf(application.receivedAt()), application.offering()),
                        k -> new long[2]);
                sum[0]++;
                sum[1] += application.participants().size();
            }
        }
        List<ApplicationFigures> figures = new ArrayList<>();
        sums.forEach((key, sum) -> figures.add(new ApplicationFigures(key.month(), key.offering(), sum[0], sum[1])));
        return figures;
    }

    @Override
    public List<DeliveryFigures> deliveries(Scope scope, YearMonth from, YearMonth to) {
        record Key(YearMonth month, OfferingId offering) {
        }
        Map<Key, long[]> sums = new LinkedHashMap<>();
        Map<Key, BigDecimal> hours = new HashMap<>();
        for (Delivery delivery : deliveries.all()) {
            YearMonth month = YearMonth.from(delivery.startsOn());
            if (delivery.status() == DeliveryStatus.CANCELLED || month.isBefore(from) || month.isAfter(to)) {
                continue;
            }
            long placed = switch (scope.side()) {
                case CONSUMER -> delivery.seats().stream().filter(s -> s.consumer().equals(scope.organisation()))
                        .count();
                case SUPPLIER, PLATFORM -> delivery.seats().size();
            };
            boolean theirs = switch (scope.side()) {
                case CONSUMER -> placed > 0;
                case SUPPLIER -> delivery.supplier().equals(scope.organisation());
                case PLATFORM -> true;
            };
            if (theirs) {
                Key key = new Key(month, offeringOfVersion(delivery.offeringVersion().value()));
                long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
                sum[0]++;
                sum[1] += delivery.maxParticipants();
                sum[2] += placed;
                hours.merge(key, delivery.resourceHours(), BigDecimal::add);
            }
        }
        List<DeliveryFigures> figures = new ArrayList<>();
        sums.forEach((key, sum) -> figures.add(new DeliveryFigures(key.month(), key.offering(), sum[0], sum[1],
                sum[2], hours.get(key))));
        return figures;
    }

    @Override
    public List<SettledFigures> settled(OrganisationId organisation, YearMonth from, YearMonth to) {
        Objects.requireNonNull(organisation, "organisation");
        return settledFigures(from, to, line -> line.organisation().equals(organisation));
    }

    @Override
    public List<SettledFigures> sold(YearMonth from, YearMonth to) {
        return settledFigures(from, to, line -> line.kind() == LineKind.DELIVERY_SOLD);
    }

    @Override
    public List<CoverageFigures> coverage(YearMonth from, YearMonth to) {
        Map<OfferingId, Set<OrganisationId>> consumers = new LinkedHashMap<>();
        for (Application application : received(from, to)) {
            consumers.computeIfAbsent(application.offering(), o -> new HashSet<>()).add(application.consumer());
        }
        List<CoverageFigures> figures = new ArrayList<>();
        consumers.forEach((offering, ids) -> figures.add(new CoverageFigures(offering, ids.stream()
                .filter(id -> organisations.findById(id).map(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .orElse(false)).count(), ids.size())));
        return figures;
    }

    @Override
    public Map<OfferingId, LocalisedText> titles(Collection<OfferingId> ids) {
        Map<OfferingId, LocalisedText> titles = new HashMap<>();
        for (OfferingId id : ids) {
            offerings.findById(id).ifPresent(o -> titles.put(id, o.current().content().titles()));
        }
        return titles;
    }

    private List<Application> received(YearMonth from, YearMonth to) {
        return applications.all().stream().filter(a -> {
            YearMonth month = monthOf(a.receivedAt());
            return !month.isBefore(from) && !month.isAfter(to);
        }).toList();
    }

    private List<SettledFigures> settledFigures(YearMonth from, YearMonth to,
                                                java.util.function.Predicate<SettlementLine> which) {
        record Key(YearMonth period, OfferingId offering, LineKind kind, String rule) {
        }
        Map<Key, Long> sums = new LinkedHashMap<>();
        for (SettlementPeriod period : periods.list(Integer.MAX_VALUE)) {
            if (period.period().isBefore(from) || period.period().isAfter(to)) {
                continue;
            }
            for (SettlementLine line : periods.lines(period.period())) {
                if (which.test(line)) {
                    sums.merge(new Key(line.period(), offeringOfLine(line), line.kind(), line.rule()),
                            line.amount().ore(), Long::sum);
                }
            }
        }
        List<SettledFigures> figures = new ArrayList<>();
        sums.forEach((key, ore) -> figures.add(new SettledFigures(key.period(), key.offering(), key.kind(), key.rule(),
                Money.ofOre(ore))));
        return figures;
    }

    /** As the SQL's join: the offering of the delivery that caused the line, if it was one and is stored. */
    private OfferingId offeringOfLine(SettlementLine line) {
        if (line.cause().type() != CauseType.DELIVERY) {
            return null;
        }
        try {
            return deliveries.findById(se.esp.domain.delivery.DeliveryId.parse(line.cause().id()))
                    .map(d -> offeringOfVersion(d.offeringVersion().value())).orElse(null);
        } catch (RuntimeException notADeliveryId) {
            return null;
        }
    }

    private OfferingId offeringOfVersion(java.util.UUID version) {
        return offerings.findByVersion(new OfferingVersionId(version)).map(o -> o.id()).orElseThrow(() ->
                new IllegalStateException("a delivery of offering version " + version + " that is not stored"));
    }

    private static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC));
    }
}

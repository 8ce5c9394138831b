package se.esp.application.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.application.port.out.StatisticsQueries.ApplicationFigures;
import se.esp.application.port.out.StatisticsQueries.CoverageFigures;
import se.esp.application.port.out.StatisticsQueries.DeliveryFigures;
import se.esp.application.port.out.StatisticsQueries.MonthAndOffering;
import se.esp.application.port.out.StatisticsQueries.Scope;
import se.esp.application.port.out.StatisticsQueries.SettledFigures;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Builds the chart series from the figures {@link StatisticsQueries} aggregates in storage. What is summed here is
 * already one row per month and offering (and kind and rule), so the work is proportional to the range and the
 * offerings involved, never to the applications, deliveries or lines behind them.
 */
public final class StatisticsService implements StatisticsUseCases {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StatisticsQueries queries;
    private final Organisations organisations;
    private final Transactions transactions;

    public StatisticsService(StatisticsQueries queries, Organisations organisations, Transactions transactions) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public StatisticsReport consumer(ActingUser actor, OrganisationId consumer, MonthRange range) {
        requireOwnOrAdministrator(actor, consumer, UserRole.CONSUMER_STAFF, "consumer");
        Objects.requireNonNull(range, "range");
        return transactions.inTransaction(() -> {
            requireExists(consumer);
            Scope scope = Scope.consumer(consumer);
            List<ApplicationFigures> applications = queries.applications(scope, range.from(), range.to());
            List<DeliveryFigures> deliveries = queries.deliveries(scope, range.from(), range.to());
            List<SettledFigures> lines = queries.settled(consumer, range.from(), range.to());
            Function<Optional<OfferingId>, List<Series>> series = offering -> List.of(
                    counts("applications", range, applications, offering, ApplicationFigures::applications),
                    counts("participants", range, applications, offering, ApplicationFigures::participants),
                    counts("deliveries", range, deliveries, offering, DeliveryFigures::deliveries),
                    hours(range, deliveries, offering),
                    money("cost", range, lines, offering, LineKind.DELIVERY_BOUGHT, true));
            return new StatisticsReport(consumer, range, series.apply(Optional.empty()),
                    byOffering(offeringsOf(applications, deliveries, lines), series), List.of(), List.of());
        });
    }

    @Override
    public StatisticsReport supplier(ActingUser actor, OrganisationId supplier, MonthRange range) {
        requireOwnOrAdministrator(actor, supplier, UserRole.SUPPLIER_STAFF, "supplier");
        Objects.requireNonNull(range, "range");
        return transactions.inTransaction(() -> {
            requireExists(supplier);
            Scope scope = Scope.supplier(supplier);
            List<ApplicationFigures> applications = queries.applications(scope, range.from(), range.to());
            List<DeliveryFigures> deliveries = queries.deliveries(scope, range.from(), range.to());
            List<SettledFigures> lines = queries.settled(supplier, range.from(), range.to());
            Function<Optional<OfferingId>, List<Series>> series = offering -> {
                Series offered = counts("seatsOffered", range, deliveries, offering, DeliveryFigures::seatsOffered);
                Series placed = counts("seatsPlaced", range, deliveries, offering, DeliveryFigures::seatsPlaced);
                return List.of(
                        counts("applications", range, applications, offering, ApplicationFigures::applications),
                        counts("participants", range, applications, offering, ApplicationFigures::participants),
                        counts("deliveries", range, deliveries, offering, DeliveryFigures::deliveries),
                        offered, placed, utilisation(placed, offered),
                        hours(range, deliveries, offering),
                        money("sales", range, lines, offering, LineKind.DELIVERY_SOLD, false),
                        money("transactionFees", range, lines, offering, LineKind.TRANSACTION_FEE, true));
            };
            return new StatisticsReport(supplier, range, series.apply(Optional.empty()),
                    byOffering(offeringsOf(applications, deliveries, lines), series), List.of(), List.of());
        });
    }

    @Override
    public StatisticsReport platform(ActingUser actor, MonthRange range) {
        Authorisation.requireAnyRole(actor, "read the platform's statistics", UserRole.PLATFORM_ADMINISTRATOR);
        Objects.requireNonNull(range, "range");
        return transactions.inTransaction(() -> {
            Scope scope = Scope.platform();
            List<ApplicationFigures> applications = queries.applications(scope, range.from(), range.to());
            List<DeliveryFigures> deliveries = queries.deliveries(scope, range.from(), range.to());
            List<SettledFigures> sold = queries.sold(range.from(), range.to());
            List<SettledFigures> ownerLines = owner().map(o -> queries.settled(o, range.from(), range.to()))
                    .orElse(List.of()).stream().filter(f -> f.kind().isFee()).toList();
            Function<Optional<OfferingId>, List<Series>> series = offering -> List.of(
                    counts("applications", range, applications, offering, ApplicationFigures::applications),
                    counts("participants", range, applications, offering, ApplicationFigures::participants),
                    counts("deliveries", range, deliveries, offering, DeliveryFigures::deliveries),
                    hours(range, deliveries, offering),
                    money("transactionVolume", range, sold, offering, LineKind.DELIVERY_SOLD, false),
                    money("feeRevenue", range, ownerLines, offering, null, false));
            List<RuleBreakdown> byRule = new ArrayList<>();
            Map<LineKind, Map<String, List<SettledFigures>>> rules = new TreeMap<>();
            for (SettledFigures line : ownerLines) {
                rules.computeIfAbsent(line.kind(), k -> new TreeMap<>(Comparator.nullsFirst(
                        Comparator.<String>naturalOrder()))).computeIfAbsent(line.rule(), r -> new ArrayList<>())
                        .add(line);
            }
            rules.forEach((kind, byReference) -> byReference.forEach((rule, lines) -> byRule.add(
                    new RuleBreakdown(kind, rule, money("revenue", range, lines, Optional.empty(), kind, false)))));
            List<CoverageFigures> covered = queries.coverage(range.from(), range.to());
            Map<OfferingId, LocalisedText> titles = queries.titles(covered.stream().map(CoverageFigures::offering)
                    .toList());
            List<OfferingCoverage> coverage = covered.stream()
                    .map(c -> new OfferingCoverage(c.offering(), titles(titles, c.offering()), c.municipalities(),
                            c.consumers()))
                    .sorted(Comparator.comparingLong(OfferingCoverage::municipalities).reversed()
                            .thenComparing(OfferingCoverage::title).thenComparing(c -> c.offering().toString()))
                    .toList();
            return new StatisticsReport(null, range, series.apply(Optional.empty()),
                    byOffering(offeringsOf(applications, deliveries, sold), series), byRule, coverage);
        });
    }

    /** Administrators read anybody's; otherwise the role and acting for the organisation are both needed. */
    private static void requireOwnOrAdministrator(ActingUser actor, OrganisationId organisation, UserRole role,
                                                  String side) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(organisation, "organisation");
        if (actor.has(UserRole.PLATFORM_ADMINISTRATOR) || (actor.has(role) && actor.actsFor(organisation))) {
            return;
        }
        throw new DomainException(ErrorCode.ACCESS_DENIED, "you may read only the " + side
                + " statistics of the organisation you act for, as its " + role.name());
    }

    private void requireExists(OrganisationId organisation) {
        if (organisations.findById(organisation).isEmpty()) {
            throw new DomainException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation with id " + organisation);
        }
    }

    private Optional<OrganisationId> owner() {
        return organisations.list(new OrganisationFilter(OrganisationKind.OWNER, null), PageRequest.first())
                .items().stream().findFirst().map(o -> o.id());
    }

    /** None for an offering storage has no title for: the report then names it by its id. */
    private static LocalisedText titles(Map<OfferingId, LocalisedText> titles, OfferingId offering) {
        return titles.getOrDefault(offering, LocalisedText.empty());
    }

    @SafeVarargs
    private static Set<OfferingId> offeringsOf(List<ApplicationFigures> applications, List<DeliveryFigures> deliveries,
                                               List<SettledFigures>... lines) {
        Set<OfferingId> ids = new TreeSet<>(Comparator.comparing(OfferingId::toString));
        applications.forEach(f -> ids.add(f.offering()));
        deliveries.forEach(f -> ids.add(f.offering()));
        for (List<SettledFigures> some : lines) {
            some.stream().map(SettledFigures::offering).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids;
    }

    /**
     * Ordered by the English title ({@link OfferingBreakdown#title()}), then id, so the same figures always come back
     * the same; a reader of another language orders them by its own.
     */
    private List<OfferingBreakdown> byOffering(Set<OfferingId> ids,
                                               Function<Optional<OfferingId>, List<Series>> series) {
        Map<OfferingId, LocalisedText> titles = queries.titles(ids);
        List<OfferingBreakdown> breakdowns = new ArrayList<>();
        for (OfferingId id : ids) {
            breakdowns.add(new OfferingBreakdown(id, titles(titles, id), series.apply(Optional.of(id))));
        }
        breakdowns.sort(Comparator.comparing(OfferingBreakdown::title).thenComparing(b -> b.offering().toString()));
        return breakdowns;
    }

    private static <F extends MonthAndOffering> Series counts(String name, MonthRange range, List<F> figures,
                                                              Optional<OfferingId> offering, ToLongFunction<F> value) {
        long[] perMonth = new long[range.size()];
        for (F figure : figures) {
            if (offering.isEmpty() || offering.get().equals(figure.offering())) {
                perMonth[range.indexOf(figure.month())] += value.applyAsLong(figure);
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        long total = 0;
        for (long v : perMonth) {
            values.add(BigDecimal.valueOf(v));
            total += v;
        }
        return new Series(name, Series.Unit.COUNT, values, BigDecimal.valueOf(total));
    }

    private static Series hours(MonthRange range, List<DeliveryFigures> figures, Optional<OfferingId> offering) {
        BigDecimal[] perMonth = new BigDecimal[range.size()];
        java.util.Arrays.fill(perMonth, BigDecimal.ZERO.setScale(2));
        for (DeliveryFigures figure : figures) {
            if (offering.isEmpty() || offering.get().equals(figure.offering())) {
                int i = range.indexOf(figure.month());
                perMonth[i] = perMonth[i].add(figure.hours());
            }
        }
        List<BigDecimal> values = List.of(perMonth);
        return new Series("hours", Series.Unit.HOURS, values,
                values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /**
     * Sums the lines of one kind ({@code null}: every kind given) per period, in öre, as kronor.
     *
     * @param charged whether the organisation's side is negative and shown as a positive cost
     */
    private static Series money(String name, MonthRange range, List<SettledFigures> lines,
                                Optional<OfferingId> offering, LineKind kind, boolean charged) {
        long[] ore = new long[range.size()];
        for (SettledFigures line : lines) {
            if ((kind == null || line.kind() == kind)
                    && (offering.isEmpty() || offering.get().equals(line.offering()))) {
                ore[range.indexOf(line.period())] += charged ? -line.amount().ore() : line.amount().ore();
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        long total = 0;
        for (long v : ore) {
            values.add(BigDecimal.valueOf(v, 2));
            total += v;
        }
        return new Series(name, Series.Unit.SEK, values, BigDecimal.valueOf(total, 2));
    }

    /** Placed over offered, in percent with two decimals; 0.00 for a month with no seats offered. */
    private static Series utilisation(Series placed, Series offered) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < placed.values().size(); i++) {
            values.add(percent(placed.values().get(i), offered.values().get(i)));
        }
        return new Series("utilisation", Series.Unit.PERCENT, values, percent(placed.total(), offered.total()));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}

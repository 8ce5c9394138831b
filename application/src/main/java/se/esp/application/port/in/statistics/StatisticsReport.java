package se.esp.application.port.in.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;

/**
 * A statistic ready for charts: series over the months of the range, the same per offering, and for the platform
 * the fee revenue per rule and the national coverage per offering (empty lists where they do not apply).
 *
 * @param organisation whose figures; {@code null} for the platform's
 */
public record StatisticsReport(OrganisationId organisation, MonthRange range, List<Series> series,
                               List<OfferingBreakdown> byOffering, List<RuleBreakdown> byRule,
                               List<OfferingCoverage> coverage) {

    public StatisticsReport {
        Objects.requireNonNull(range, "range");
        series = List.copyOf(series);
        byOffering = List.copyOf(byOffering);
        byRule = List.copyOf(byRule);
        coverage = List.copyOf(coverage);
    }

    public Optional<OrganisationId> organisationIfAny() {
        return Optional.ofNullable(organisation);
    }

    /** The series of that name; for tests and callers that want one figure. */
    public Optional<Series> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}

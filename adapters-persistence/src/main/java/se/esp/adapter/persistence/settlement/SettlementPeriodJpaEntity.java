package se.esp.adapter.persistence.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementPeriod;

/** A row of {@code settlement_period} with its runs and its totals (the lines are written set-based), and the translation to and from the aggregate. */
@Entity
@Table(name = "settlement_period")
public class SettlementPeriodJpaEntity {

    @Id
    @Column(name = "period", length = 7)
    String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    PeriodStatus status;

    @Column(name = "owner_id", length = 36)
    String ownerId;

    @Column(name = "closed_at")
    Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_run", joinColumns = @JoinColumn(name = "period"))
    @OrderColumn(name = "run_index")
    List<SettlementRunRow> runs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_total", joinColumns = @JoinColumn(name = "period"))
    List<SettlementTotalRow> totals = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected SettlementPeriodJpaEntity() {
    }

    static SettlementPeriodJpaEntity newRow(SettlementPeriod period) {
        SettlementPeriodJpaEntity row = new SettlementPeriodJpaEntity();
        row.period = period.period().toString();
        row.copyChangeableFields(period);
        return row;
    }

    void copyChangeableFields(SettlementPeriod settlement) {
        status = settlement.status();
        ownerId = settlement.owner().map(OrganisationId::toString).orElse(null);
        closedAt = settlement.closedAt().orElse(null);
        runs.clear();
        settlement.runs().forEach(run -> runs.add(SettlementRunRow.of(run)));
        totals.clear();
        settlement.totals().forEach(total -> totals.add(SettlementTotalRow.of(total)));
    }

    SettlementPeriod toDomain() {
        YearMonth month = YearMonth.parse(period);
        return SettlementPeriod.reconstitute(month, status,
                ownerId == null ? null : new OrganisationId(UUID.fromString(ownerId)),
                totals.stream().map(SettlementTotalRow::toDomain).toList(),
                runs.stream().map(SettlementRunRow::toDomain).toList(), closedAt, version);
    }
}

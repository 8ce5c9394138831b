package se.esp.application.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.ClosingOrder;
import se.esp.domain.settlement.OwedMoneyDocument;
import se.esp.domain.settlement.Reversal;
import se.esp.domain.settlement.SettlementCalculator;
import se.esp.domain.settlement.SettlementDocuments;
import se.esp.domain.settlement.SettlementInput;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SettlementResult;
import se.esp.domain.settlement.Statement;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Settles months from their sources (the delivery side through {@link DeliverySettlementSource}, the fee side
 * through {@link FeeSettlementSource}), closes them in calendar order, and serves statements and a closed month's
 * documents. Something cancelled in a month that was settled in a closed period is credited back in that month, as
 * correction lines pointing at the closed period.
 */
public final class SettlementService implements SettlementUseCases {

    /** The most periods one listing returns: twenty years. */
    private static final int MAX_PERIODS = 240;

    private final SettlementPeriods periods;
    private final Organisations organisations;
    private final FeeSettlementSource fees;
    private final DeliverySettlementSource deliveries;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final OwedMoneyDocument owed;

    /** With self-billing invoices for the money organisations are owed. */
    public SettlementService(SettlementPeriods periods, Organisations organisations, FeeSettlementSource fees,
                             DeliverySettlementSource deliveries, EventOutbox outbox, Transactions transactions,
                             Clock clock) {
        this(periods, organisations, fees, deliveries, outbox, transactions, clock,
                OwedMoneyDocument.SELF_BILLING_INVOICE);
    }

    /** @param owed what organisations get for the money they are owed in a closed month (the owner's choice) */
    public SettlementService(SettlementPeriods periods, Organisations organisations, FeeSettlementSource fees,
                             DeliverySettlementSource deliveries, EventOutbox outbox, Transactions transactions,
                             Clock clock, OwedMoneyDocument owed) {
        this.owed = Objects.requireNonNull(owed, "owed");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SettlementPeriod settle(ActingUser actor, YearMonth period) {
        Authorisation.requireAnyRole(actor, "settle a period", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            SettlementPeriod settlement = periods.find(period).orElseGet(() -> SettlementPeriod.open(period));
            settlement.requireOpen();
            var event = settlement.settle(compute(period), clock.instant());
            SettlementPeriod saved = periods.save(settlement);
            outbox.append(event);
            return saved;
        });
    }

    @Override
    public SettlementPeriod close(ActingUser actor, YearMonth period) {
        Authorisation.requireAnyRole(actor, "close a period", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            SettlementPeriod settlement = periods.find(period).orElseGet(() -> SettlementPeriod.open(period));
            settlement.requireOpen();
            LocalDate today = LocalDate.now(clock);
            if (!today.isAfter(period.atEndOfMonth())) {
                throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED,
                        period + " ends on " + period.atEndOfMonth() + "; it can be closed from the day after");
            }
            ClosingOrder.requireMayClose(period, periods.statusesBefore(period));
            // The final run reads the sources as they are now, so nothing that changed since the last run is lost.
            var settled = settlement.settle(compute(period), clock.instant());
            var closed = settlement.close(today, clock.instant());
            SettlementPeriod saved = periods.save(settlement);
            outbox.append(settled);
            outbox.append(closed);
            return saved;
        });
    }

    @Override
    public SettlementPeriod get(ActingUser actor, YearMonth period) {
        Authorisation.requireAnyRole(actor, "read a settlement period", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> load(period));
    }

    @Override
    public List<SettlementPeriod> list(ActingUser actor, int limit) {
        Authorisation.requireAnyRole(actor, "list settlement periods", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> periods.list(Math.max(1, Math.min(limit, MAX_PERIODS))));
    }

    @Override
    public StatementView statement(ActingUser actor, YearMonth period, OrganisationId organisation) {
        Objects.requireNonNull(actor, "actor");
        // A statement is the organisation's accounts with the platform: its buying and selling staff read it.
        // Coordinators (quality review) and resource persons (lent staff) act for the organisation too, but its
        // purchases, sales and fees are none of their work.
        boolean ownStaff = (actor.has(UserRole.SUPPLIER_STAFF) || actor.has(UserRole.CONSUMER_STAFF))
                && actor.actsFor(organisation);
        if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR) && !ownStaff) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "you may read only the statement of the "
                    + "organisation you act for, as its supplier or consumer staff");
        }
        return transactions.inTransaction(() -> {
            SettlementPeriod settlement = load(period);
            Statement statement = settlement.statement(organisation, periods.linesOf(period, organisation));
            Organisation subject = organisation(organisation);
            Organisation owner = organisation(settlement.owner().orElseThrow(() -> new DomainException(
                    ErrorCode.SETTLEMENT_PERIOD_NOT_FOUND, period + " has not been settled")));
            Map<OrganisationId, Organisation> counterparties = new HashMap<>();
            for (SettlementLine line : statement.lines()) {
                line.counterpartyIfAny().ifPresent(id -> counterparties.computeIfAbsent(id, this::organisation));
            }
            LocalDate closedOn = settlement.closedAt().map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(null);
            return new StatementView(statement, subject, owner, counterparties, closedOn);
        });
    }

    @Override
    public StatementDocuments documents(ActingUser actor, YearMonth period, OrganisationId organisation) {
        StatementView view = statement(actor, period, organisation);
        return new StatementDocuments(view, SettlementDocuments.of(view.statement(), view.organisation().number(),
                view.owner().id(), owed));
    }

    private SettlementResult compute(YearMonth period) {
        OrganisationId owner = organisations.list(new OrganisationFilter(OrganisationKind.OWNER, null),
                        PageRequest.first()).items().stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.OWNER_NOT_REGISTERED,
                        "register the owner organisation before settling: it receives the fees"))
                .id();
        List<Cause> cancelled = new ArrayList<>();
        deliveries.cancelledIn(period).forEach(id -> cancelled.add(new Cause(CauseType.DELIVERY, id, null)));
        cancelled.addAll(fees.cancelledIn(period));
        List<Reversal> reversals = new ArrayList<>();
        for (Cause cause : cancelled) {
            Map<YearMonth, List<SettlementLine>> byPeriod = new TreeMap<>();
            for (SettlementLine line : periods.closedLinesCausedBy(cause)) {
                if (line.period().isBefore(period)) {
                    byPeriod.computeIfAbsent(line.period(), p -> new ArrayList<>()).add(line);
                }
            }
            byPeriod.forEach((closed, lines) -> reversals.add(new Reversal(closed, lines,
                    cause.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + cause.id()
                            + " cancelled")));
        }
        return SettlementCalculator.settle(new SettlementInput(period, owner, fees.schedule().orElse(null),
                deliveries.soldIn(period), fees.dueIn(period), reversals));
    }

    private SettlementPeriod load(YearMonth period) {
        return periods.find(period).orElseThrow(() -> new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_FOUND,
                period + " has not been settled"));
    }

    private Organisation organisation(OrganisationId id) {
        return organisations.findById(id).orElseThrow(() -> new DomainException(ErrorCode.ORGANISATION_NOT_FOUND,
                "no organisation with id " + id));
    }
}

package se.esp.application.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.port.in.fee.PreviewJointCostQuery;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeCalculator;
import se.esp.domain.fee.FeePayer;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleEvent;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.JointCostSplit;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.Partnership;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Establishes and changes the fee schedule. Only platform administrators; every change is stored with its event
 * in one transaction, and none may reach into a closed settlement period.
 */
public final class FeeScheduleService implements ManageFeeScheduleUseCase, GetFeeScheduleQuery,
        PreviewJointCostQuery {

    private static final String ACTION = "change the fee schedule";

    private final FeeSchedules schedules;
    private final Organisations organisations;
    private final SettlementPeriods periods;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public FeeScheduleService(FeeSchedules schedules, Organisations organisations, SettlementPeriods periods,
                              EventOutbox outbox, Transactions transactions, Clock clock) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public FeeSchedule establish(ActingUser actor, FeeScheduleCommands.Establish command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            if (schedules.find().isPresent()) {
                throw new DomainException(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED,
                        "the platform already has a fee schedule; change its rates from a date instead");
            }
            requireOpen("validFrom", command.rates().validFrom());
            var establishment = FeeSchedule.establish(FeeScheduleId.newId(), command.rates(), clock.instant());
            FeeSchedule saved = schedules.save(establishment.schedule());
            outbox.append(establishment.event());
            return saved;
        });
    }

    @Override
    public FeeSchedule changeRates(ActingUser actor, FeeScheduleCommands.ChangeRates command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            requireOpen("validFrom", command.rates().validFrom());
            return schedule.changeRates(command.rates(), clock.instant());
        });
    }

    @Override
    public FeeSchedule agreePartnership(ActingUser actor, FeeScheduleCommands.AgreePartnership command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            Partnership partnership = new Partnership(FeeItemId.newId(), command.partner(), command.fee(),
                    command.per(), command.startsOn(), command.endsOn());
            requireOrganisation("partnerId", command.partner());
            requireOpen("startsOn", partnership.startsOn());
            return schedule.agree(partnership, clock.instant());
        });
    }

    @Override
    public FeeSchedule admitMember(ActingUser actor, FeeScheduleCommands.AdmitMember command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            requireOrganisation("organisationId", command.member());
            requireOpen("joinedOn", command.joinedOn());
            return schedule.admit(new Membership(FeeItemId.newId(), command.member(), command.joinedOn(), null),
                    clock.instant());
        });
    }

    @Override
    public FeeSchedule endAgreement(ActingUser actor, FeeScheduleCommands.EndAgreement command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            requireOpen("lastDay", command.lastDay());
            return schedule.end(command.agreement(), command.lastDay(), clock.instant());
        });
    }

    @Override
    public FeeSchedule recordJointCost(ActingUser actor, FeeScheduleCommands.RecordJointCost command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            JointCost cost = new JointCost(FeeItemId.newId(), command.description(), command.amount(),
                    command.key(), command.shares(), command.chargedIn(), null);
            requireSharers(cost);
            requireOpen("chargedIn", cost.chargedIn().atDay(1));
            return schedule.record(cost, clock.instant());
        });
    }

    @Override
    public FeeSchedule cancelJointCost(ActingUser actor, FeeScheduleCommands.CancelJointCost command) {
        Authorisation.requireAnyRole(actor, ACTION, UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.expectedVersion(), schedule -> {
            requireOpen("on", command.on());
            return schedule.cancelJointCost(command.jointCost(), command.on(), clock.instant());
        });
    }

    @Override
    public JointCostSplit preview(ActingUser actor, Money amount, CostKey key, List<CostShare> shares) {
        Authorisation.requireAnyRole(actor, "preview a joint cost", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            // The same rules as recording: a cost is built (description and month do not matter to the split).
            JointCost cost = new JointCost(FeeItemId.newId(), "preview", amount, key, shares,
                    YearMonth.now(clock), null);
            Map<OrganisationId, FeePayer> payers = new LinkedHashMap<>();
            for (Organisation organisation : requireSharers(cost)) {
                // As settlement weighs them (FeeSettlementSource): the owner is no payer.
                if (organisation.kind() != OrganisationKind.OWNER) {
                    payers.put(organisation.id(), new FeePayer(organisation.id(),
                            organisation.profile().population(), organisation.profile().participationLevel()));
                }
            }
            return FeeCalculator.split(cost.amount(), cost.key(), cost.shares(), payers);
        });
    }

    /** Every organisation sharing the cost exists, and has a population when the key is BY_POPULATION. */
    private List<Organisation> requireSharers(JointCost cost) {
        List<Organisation> sharers = new java.util.ArrayList<>();
        for (CostShare share : cost.shares()) {
            Organisation organisation = requireOrganisation("shares", share.organisation());
            if (cost.key() == CostKey.BY_POPULATION && organisation.profile().populationIfAny().isEmpty()) {
                throw ValidationException.of("shares", ViolationCode.NOT_ALLOWED, organisation.name()
                        + " has no population, so it cannot share a cost split by population");
            }
            sharers.add(organisation);
        }
        return sharers;
    }

    @Override
    public FeeSchedule get(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read the fee schedule", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(this::load);
    }

    @Override
    public Optional<FeeSchedule> find(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read the fee schedule", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(schedules::find);
    }

    private FeeSchedule change(long expectedVersion, Function<FeeSchedule, FeeScheduleEvent> change) {
        return transactions.inTransaction(() -> {
            FeeSchedule schedule = load();
            schedule.requireVersion(expectedVersion);
            FeeScheduleEvent event = change.apply(schedule);
            FeeSchedule saved = schedules.save(schedule);
            outbox.append(event);
            return saved;
        });
    }

    private FeeSchedule load() {
        return schedules.find().orElseThrow(() -> new DomainException(ErrorCode.FEE_SCHEDULE_NOT_FOUND,
                "no fee schedule has been established yet"));
    }

    private Organisation requireOrganisation(String field, OrganisationId id) {
        return organisations.findById(id).orElseThrow(() ->
                ValidationException.of(field, ViolationCode.UNKNOWN_VALUE, "no organisation with id " + id));
    }

    /** Closed periods are final: a rule may not change what they settled. */
    private void requireOpen(String field, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (periods.isClosed(month)) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, field + " " + day + " falls in " + month
                    + ", which is closed; a change can apply from the first open period");
        }
    }
}

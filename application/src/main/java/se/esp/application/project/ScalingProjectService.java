package se.esp.application.project;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.project.ChangeScalingProjectStatusCommand;
import se.esp.application.port.in.project.RegisterScalingProjectCommand;
import se.esp.application.port.in.project.ScalingProjectUseCases;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.ScalingProjects;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatusChanged;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Registers scaling projects and moves them through their lifecycle. */
public final class ScalingProjectService implements ScalingProjectUseCases {

    private final ScalingProjects projects;
    private final Organisations organisations;
    private final SettlementPeriods periods;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public ScalingProjectService(ScalingProjects projects, Organisations organisations, SettlementPeriods periods,
                                 EventOutbox outbox, Transactions transactions, Clock clock) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ScalingProject register(ActingUser actor, RegisterScalingProjectCommand command) {
        Authorisation.requireAnyRole(actor, "register a scaling project", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            if (organisations.findById(command.owner()).isEmpty()) {
                throw ValidationException.of("ownerId", ViolationCode.UNKNOWN_VALUE,
                        "no organisation with id " + command.owner());
            }
            var registration = ScalingProject.register(ScalingProjectId.newId(), command.owner(), command.name(),
                    command.budget(), clock.instant());
            ScalingProject saved = projects.save(registration.project());
            outbox.append(registration.event());
            return saved;
        });
    }

    @Override
    public ScalingProject changeStatus(ActingUser actor, ChangeScalingProjectStatusCommand command) {
        Authorisation.requireAnyRole(actor, "change a scaling project", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            ScalingProject project = load(command.id());
            project.requireVersion(command.expectedVersion());
            if (periods.isClosed(YearMonth.from(command.on()))) {
                throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, "on " + command.on()
                        + " falls in a closed settlement period; use a day in an open one");
            }
            ScalingProjectStatusChanged event = project.changeStatus(command.status(), command.on(), clock.instant());
            ScalingProject saved = projects.save(project);
            outbox.append(event);
            return saved;
        });
    }

    @Override
    public ScalingProject get(ActingUser actor, ScalingProjectId id) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            ScalingProject project = load(id);
            if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR) && !actor.actsFor(project.owner())) {
                // Another organisation's project is reported as missing, not as forbidden: its existence is private.
                throw notFound(id);
            }
            return project;
        });
    }

    @Override
    public Page<ScalingProject> list(ActingUser actor, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR) && actor.organisation().isEmpty()) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "to list scaling projects you act for an organisation");
        }
        return transactions.inTransaction(() -> projects.list(
                actor.has(UserRole.PLATFORM_ADMINISTRATOR) ? null : actor.organisationId(), page));
    }

    private ScalingProject load(ScalingProjectId id) {
        return projects.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(ScalingProjectId id) {
        return new DomainException(ErrorCode.SCALING_PROJECT_NOT_FOUND, "no scaling project with id " + id);
    }
}

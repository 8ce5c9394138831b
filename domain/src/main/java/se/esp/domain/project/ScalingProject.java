package se.esp.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A local project preparing national scale-up through the platform. Its owner organisation pays the
 * scaling-project fee, a share of the budget, in the month the project becomes active.
 */
public final class ScalingProject {

    public static final int MAX_NAME_LENGTH = 200;

    private final ScalingProjectId id;
    private final OrganisationId owner;
    private final String name;
    private final Money budget;
    private ScalingProjectStatus status;
    private LocalDate activatedOn;
    private LocalDate endedOn;
    private final long version;

    private ScalingProject(ScalingProjectId id, OrganisationId owner, String name, Money budget,
                           ScalingProjectStatus status, LocalDate activatedOn, LocalDate endedOn, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Text.requireText("name", name, MAX_NAME_LENGTH);
        if (budget == null) {
            throw ValidationException.of("budget", ViolationCode.REQUIRED, "must be given");
        }
        if (!budget.isPositive()) {
            throw ValidationException.of("budget", ViolationCode.OUT_OF_RANGE, "must be more than 0");
        }
        this.budget = budget;
        this.status = Objects.requireNonNull(status, "status");
        this.activatedOn = activatedOn;
        this.endedOn = endedOn;
        this.version = version;
    }

    /** The new project and the event recording its registration. */
    public record Registration(ScalingProject project, ScalingProjectRegistered event) {
    }

    public static Registration register(ScalingProjectId id, OrganisationId owner, String name, Money budget,
                                        Instant at) {
        ScalingProject project = new ScalingProject(id, owner, name, budget, ScalingProjectStatus.PROPOSED, null,
                null, 0);
        return new Registration(project, new ScalingProjectRegistered(UUID.randomUUID(), at, id, owner,
                project.name, budget));
    }

    public static ScalingProject reconstitute(ScalingProjectId id, OrganisationId owner, String name, Money budget,
                                              ScalingProjectStatus status, LocalDate activatedOn, LocalDate endedOn,
                                              long version) {
        return new ScalingProject(id, owner, name, budget, status, activatedOn, endedOn, version);
    }

    /** Moves to {@code next} on {@code day}; only forward along the lifecycle. */
    public ScalingProjectStatusChanged changeStatus(ScalingProjectStatus next, LocalDate day, Instant at) {
        Objects.requireNonNull(day, "day");
        if (!status.next().contains(next)) {
            throw new DomainException(ErrorCode.SCALING_PROJECT_STATUS_CHANGE_NOT_ALLOWED,
                    "a " + status + " project cannot become " + next + "; allowed: " + status.next());
        }
        if (activatedOn != null && day.isBefore(activatedOn)) {
            throw ValidationException.of("on", ViolationCode.OUT_OF_RANGE,
                    "must not be before the day the project became active, " + activatedOn);
        }
        ScalingProjectStatus previous = status;
        status = next;
        if (next == ScalingProjectStatus.ACTIVE) {
            activatedOn = day;
        } else {
            endedOn = day;
        }
        return new ScalingProjectStatusChanged(UUID.randomUUID(), at, id, previous, next, day);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "scaling project " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    /** Whether the project fee is due: it became active and was not cancelled. */
    public boolean owesProjectFee() {
        return activatedOn != null && status != ScalingProjectStatus.CANCELLED;
    }

    public ScalingProjectId id() {
        return id;
    }

    public OrganisationId owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public Money budget() {
        return budget;
    }

    public ScalingProjectStatus status() {
        return status;
    }

    public Optional<LocalDate> activatedOn() {
        return Optional.ofNullable(activatedOn);
    }

    /** The day it was completed or cancelled. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public long version() {
        return version;
    }
}

package se.esp.application.port.in.project;

import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;

/** Move a project to a status on a day, based on the version the user read. */
public record ChangeScalingProjectStatusCommand(ScalingProjectId id, long expectedVersion, ScalingProjectStatus status,
                                                LocalDate on) {

    public ChangeScalingProjectStatusCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }
}

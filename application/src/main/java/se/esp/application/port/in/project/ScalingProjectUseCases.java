package se.esp.application.port.in.project;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;

/**
 * Scaling projects. A platform administrator registers them and changes their status; staff of the owning
 * organisation may read their own projects.
 */
public interface ScalingProjectUseCases {

    ScalingProject register(ActingUser actor, RegisterScalingProjectCommand command);

    /** Refuses a day in a closed settlement period: the fee it decides would fall in a final period. */
    ScalingProject changeStatus(ActingUser actor, ChangeScalingProjectStatusCommand command);

    ScalingProject get(ActingUser actor, ScalingProjectId id);

    /** All projects for an administrator, the own organisation's for anybody else. */
    Page<ScalingProject> list(ActingUser actor, PageRequest page);
}

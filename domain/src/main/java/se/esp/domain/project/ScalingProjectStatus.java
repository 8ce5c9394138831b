package se.esp.domain.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a scaling project stands. The project fee is due when it becomes {@code ACTIVE}; a project cancelled
 * after its fee was settled in a closed period is credited back in the next open one.
 */
public enum ScalingProjectStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    public Set<ScalingProjectStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ScalingProjectStatus.class);
        };
    }
}

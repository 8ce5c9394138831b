package se.esp.application.port.in.resource;

import java.util.Objects;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.CompetenceCode;

/**
 * A coordinator's decision on one competence, based on the version read.
 *
 * @param remark optional when verifying, required when rejecting
 */
public record DecideCompetenceCommand(ResourceId id, long expectedVersion, CompetenceCode code, String remark) {

    public DecideCompetenceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
    }
}

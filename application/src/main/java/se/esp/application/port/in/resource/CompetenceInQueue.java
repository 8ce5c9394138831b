package se.esp.application.port.in.resource;

import java.util.Objects;

import se.esp.domain.resource.Competence;
import se.esp.domain.resource.Resource;

/** One competence in a coordinator's verification queue, with the resource it belongs to (for its version). */
public record CompetenceInQueue(Resource resource, Competence competence) {

    public CompetenceInQueue {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(competence, "competence");
    }
}

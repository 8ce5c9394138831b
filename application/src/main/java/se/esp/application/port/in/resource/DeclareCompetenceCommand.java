package se.esp.application.port.in.resource;

import java.util.Objects;

import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.ResourceId;

/** Declare a new competence or renew one with new evidence, based on the version read. */
public record DeclareCompetenceCommand(ResourceId id, long expectedVersion, CompetenceDeclaration declaration) {

    public DeclareCompetenceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(declaration, "declaration");
    }
}

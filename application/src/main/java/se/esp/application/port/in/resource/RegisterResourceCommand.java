package se.esp.application.port.in.resource;

import java.util.List;
import java.util.Objects;

import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.ResourceProfile;

/**
 * Register a resource person with the competences they declare.
 *
 * @param personUserId the person's user id; {@code null} when resource persons register themselves (their own id is
 *                     used), required when an administrator registers somebody
 */
public record RegisterResourceCommand(String personUserId, ResourceProfile profile,
                                      List<CompetenceDeclaration> competences) {

    public RegisterResourceCommand {
        Objects.requireNonNull(profile, "profile");
        competences = List.copyOf(competences);
    }
}

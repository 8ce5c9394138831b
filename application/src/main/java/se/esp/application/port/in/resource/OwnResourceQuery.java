package se.esp.application.port.in.resource;

import java.util.Optional;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

/**
 * A resource person's own resource, found by who they are rather than by an id they cannot know before they have
 * one: the console's profile page asks it to tell a person who has registered from one who has not.
 */
public interface OwnResourceQuery {

    /**
     * The resource registered for the acting user, or empty while they have not registered.
     *
     * @throws se.esp.domain.shared.DomainException {@code ACCESS_DENIED} for anybody but a resource person
     */
    Optional<Resource> own(ActingUser actor);
}

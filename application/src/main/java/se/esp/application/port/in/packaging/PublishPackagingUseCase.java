package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;

/** The supplier puts an approved packaging on offer: a new offering, or the next version of its offering. */
public interface PublishPackagingUseCase {

    Publication publish(ActingUser actor, PackagingChange change);
}

package se.esp.application.port.in.offering;

import se.esp.application.security.ActingUser;
import se.esp.domain.offering.Offering;

/** The owner's administrators take offerings out of the catalogue for a while or for good. */
public interface ManageOfferingUseCase {

    Offering suspend(ActingUser actor, OfferingChange change);

    Offering resume(ActingUser actor, OfferingChange change);

    Offering retire(ActingUser actor, OfferingChange change);
}

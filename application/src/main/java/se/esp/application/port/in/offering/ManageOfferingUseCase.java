package se.esp.application.port.in.offering;

import se.esp.application.security.ActingUser;
import se.esp.domain.offering.Offering;

/**
 * Offerings taken out of the catalogue for a while or for good, and put back: by the staff of the supplier whose
 * offering it is, and by the owner's platform administrators (any offering).
 */
public interface ManageOfferingUseCase {

    Offering suspend(ActingUser actor, OfferingChange change);

    Offering resume(ActingUser actor, OfferingChange change);

    Offering retire(ActingUser actor, OfferingChange change);
}

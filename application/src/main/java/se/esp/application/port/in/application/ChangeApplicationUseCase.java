package se.esp.application.port.in.application;

import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;

/**
 * Each returns the application as changed, answers included, and logs that return in the personal-data audit log
 * for each participant ({@code confirm-application}, {@code cancel-application}, {@code reject-application}).
 */
public interface ChangeApplicationUseCase {

    /** Consumer staff of the applying organisation accept the placement: {@code MATCHED → CONFIRMED}. */
    Application confirm(ActingUser actor, ApplicationChange change);

    /**
     * Consumer staff of the applying organisation withdraw it before its delivery starts; its places are freed and
     * matching runs for the others.
     */
    Application cancel(ActingUser actor, ApplicationChange change);

    /**
     * Supplier staff of the offering's supplier find it not eligible, with the reason, before its delivery starts;
     * its places are freed and matching runs for the others.
     */
    Application reject(ActingUser actor, ApplicationChange change);
}

package se.esp.application.port.in.application;

import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;
import se.esp.domain.shared.ApplicationId;

public interface GetApplicationQuery {

    /**
     * Consumer staff of the applying organisation, and supplier staff of the offering's supplier, read an application
     * with the latest decision and its explanation. Anybody else in those roles gets {@code APPLICATION_NOT_FOUND},
     * as for an id that does not exist; other roles are refused. The participants' answers are personal data: the
     * read is audit-logged for each participant ({@code get-application}), a refused read of an existing application
     * as refused.
     */
    Application get(ActingUser actor, ApplicationId id);
}

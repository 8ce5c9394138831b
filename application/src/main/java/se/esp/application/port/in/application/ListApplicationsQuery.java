package se.esp.application.port.in.application;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;

public interface ListApplicationsQuery {

    /**
     * Consumer staff list their organisation's applications; supplier staff those made to their offerings. Every
     * participant of every application listed gets a line in the personal-data audit log ({@code list-applications}).
     */
    Page<Application> list(ActingUser actor, ApplicationFilter filter, PageRequest page);
}

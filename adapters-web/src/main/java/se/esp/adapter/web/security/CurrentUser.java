package se.esp.adapter.web.security;

import se.esp.application.security.ActingUser;

/** The acting user of the current request, passed to every use case. */
public interface CurrentUser {

    ActingUser actingUser();
}

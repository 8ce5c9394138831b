package se.esp.adapter.web.security;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

/**
 * DEVELOPMENT ONLY: every request acts as one platform administrator, because authentication is not connected
 * yet (see the security issue). Replace this bean before exposing the platform to anybody.
 */
@ApplicationScoped
public class DevelopmentIdentity implements CurrentUser {

    public static final ActingUser DEVELOPMENT_ADMINISTRATOR = new ActingUser("development-administrator", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    @Override
    public ActingUser actingUser() {
        return DEVELOPMENT_ADMINISTRATOR;
    }
}

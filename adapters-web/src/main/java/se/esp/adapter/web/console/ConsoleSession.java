package se.esp.adapter.web.console;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

/** Who is signed in to the console in this HTTP session; held as plain text so the session stays serialisable. */
@Named("consoleSession")
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String userId;
    private String organisationId;
    private Set<String> roles = Set.of();
    private String displayName;

    void signIn(ConsoleSignIn.SignedIn signedIn) {
        ActingUser user = signedIn.user();
        this.userId = user.userId();
        this.organisationId = user.organisationId() == null ? null : user.organisationId().toString();
        this.roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
        this.displayName = signedIn.displayName();
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    /** The acting user for the use cases; empty when nobody is signed in. */
    public Optional<ActingUser> actingUser() {
        if (userId == null) {
            return Optional.empty();
        }
        Set<UserRole> parsed = EnumSet.noneOf(UserRole.class);
        roles.forEach(role -> parsed.add(UserRole.valueOf(role)));
        return Optional.of(new ActingUser(userId, organisationId == null ? null : OrganisationId.parse(organisationId),
                parsed));
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isAdministrator() {
        return roles.contains(UserRole.PLATFORM_ADMINISTRATOR.name());
    }
}

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
    /** Looked up once through the organisation use case ({@link Navigation}), then kept for the header. */
    private String organisationName;

    void signIn(ConsoleSignIn.SignedIn signedIn) {
        ActingUser user = signedIn.user();
        this.userId = user.userId();
        this.organisationId = user.organisationId() == null ? null : user.organisationId().toString();
        this.roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
        this.displayName = signedIn.displayName();
        this.organisationName = null;
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    /** The acting user for the use cases; empty when nobody is signed in. */
    public Optional<ActingUser> actingUser() {
        if (userId == null) {
            return Optional.empty();
        }
        return Optional.of(new ActingUser(userId, organisationId == null ? null : OrganisationId.parse(organisationId),
                roles()));
    }

    /** The acting user for a page's use cases; {@link ConsoleGuard} lets nobody unsigned reach a console page. */
    public ActingUser actor() {
        return actingUser().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isAdministrator() {
        return roles.contains(UserRole.PLATFORM_ADMINISTRATOR.name());
    }

    public boolean isCoordinator() {
        return roles.contains(UserRole.COORDINATOR.name());
    }

    /** The signed-in user's roles; none when nobody is signed in. */
    public Set<UserRole> roles() {
        Set<UserRole> parsed = EnumSet.noneOf(UserRole.class);
        roles.forEach(role -> parsed.add(UserRole.valueOf(role)));
        return parsed;
    }

    String organisationName() {
        return organisationName;
    }

    void rememberOrganisationName(String name) {
        this.organisationName = name;
    }
}

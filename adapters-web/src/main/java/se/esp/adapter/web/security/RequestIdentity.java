package se.esp.adapter.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import se.esp.application.security.ActingUser;

/**
 * The acting user of the request being served on this thread, set by {@link AuthenticationFilter} at the start
 * of every request (so a value can never outlive its request: the next request on the thread overwrites it).
 * A thread-bound value rather than a request-scoped bean so the same code serves the container and the
 * resources' HTTP tests without CDI.
 */
@ApplicationScoped
public class RequestIdentity implements CurrentUser {

    private static final ThreadLocal<ActingUser> CURRENT = new ThreadLocal<>();

    static void set(ActingUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    /** @throws NotAuthenticatedException if nobody is signed in on this request */
    @Override
    public ActingUser actingUser() {
        ActingUser user = CURRENT.get();
        if (user == null) {
            throw new NotAuthenticatedException("sign in: send a bearer token in the Authorization header", null);
        }
        return user;
    }
}

package se.esp.adapter.web.console;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.adapter.web.problem.ServletProblems;

/**
 * Every console page needs a signed-in user. With the sign-in form, anyone else is sent to it. With the owner's
 * identity provider, the server's OpenID Connect client has already authenticated the request before this filter
 * runs (the console's pages are a protected resource, see bootstrap's {@code web.xml}); this filter signs the user
 * the provider named into the {@link ConsoleSession} — again whenever the provider names another user or other
 * claims — so the session always acts for the person the server authenticated. A page is then shown only to the
 * roles of its {@link ConsoleSection} (the start page to everyone signed in); anyone else gets 403. The use cases
 * still decide every action: this keeps a page from rendering for someone it is not meant for.
 */
@WebFilter(filterName = "esp-console-guard", urlPatterns = "/console/*")
public class ConsoleGuard implements Filter {

    private static final Logger LOG = Logger.getLogger(ConsoleGuard.class.getName());

    @Inject
    ConsoleSession session;

    @Inject
    ProviderSignIn provider;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        if (provider.enabled()) {
            if (!signedInByProvider(http, answer)) {
                return;
            }
        } else if (!session.isSignedIn()) {
            answer.sendRedirect(http.getContextPath() + "/login.xhtml");
            return;
        }
        String page = http.getRequestURI().substring(http.getContextPath().length());
        if ("/console/".equals(page)) {
            answer.sendRedirect(http.getContextPath() + ConsoleSection.START_PAGE);
            return;
        }
        if (!mayOpen(page)) {
            // written here rather than by sendError: the container answers a filter's sendError with its own page
            ServletProblems.write(http, answer, http.getRequestURI(),
                    HttpServletResponse.SC_FORBIDDEN, "the page is not for the signed-in user's roles", List.of());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mayOpen(String page) {
        if (ConsoleSection.START_PAGE.equals(page)) {
            return true;
        }
        Optional<ConsoleSection> section = ConsoleSection.of(page);
        return section.isPresent() && section.get().isFor(session.roles());
    }

    /** @return whether the request may go on as the user the identity provider named */
    private boolean signedInByProvider(HttpServletRequest http, HttpServletResponse answer)
            throws IOException, ServletException {
        Optional<ConsoleSignIn.SignedIn> named;
        try {
            named = provider.signedIn(http);
        } catch (InvalidTokenException e) {
            LOG.warning(() -> "console sign-in refused: the identity provider's token for " + http.getRemoteUser()
                    + " cannot be used: " + e.getMessage());
            http.logout();
            answer.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        if (named.isEmpty()) {
            // authenticated (e.g. by a single-sign-on cookie) without an ID token to read roles from: sign in anew
            http.logout();
            answer.sendRedirect(http.getContextPath() + "/login.xhtml");
            return false;
        }
        ConsoleSignIn.SignedIn user = named.get();
        if (!session.isSignedIn() || !Objects.equals(session.actingUser().orElseThrow(), user.user())) {
            http.getSession(true);
            http.changeSessionId(); // a new session id for a new identity: a planted session id is worthless
            session.signIn(user);
            ProviderSignIn.log(user);
        }
        return true;
    }
}

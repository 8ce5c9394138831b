package se.esp.adapter.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

class ConsoleGuardTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final ConsoleSession session = new ConsoleSession();
    private final StubClaims claims = new StubClaims();
    private final ConsoleGuard guard = new ConsoleGuard();

    @BeforeEach
    void wire() {
        guard.session = session;
        guard.provider = new ProviderSignIn(claims);
        when(request.getContextPath()).thenReturn("");
        // the start page is open to every signed-in user: these tests are about who is signed in, not about sections
        when(request.getRequestURI()).thenReturn(ConsoleSection.START_PAGE);
    }

    @Test
    void aSignedInUserOutsideAPagesSectionIsRefused() throws Exception {
        session.signIn(new ConsoleSignIn.SignedIn(new ActingUser("demo:ronneby-supplier", null,
                Set.of(UserRole.SUPPLIER_STAFF)), "Sara"));
        when(request.getRequestURI()).thenReturn("/console/organisations.xhtml");
        when(response.getOutputStream()).thenReturn(mock(jakarta.servlet.ServletOutputStream.class));

        guard.doFilter(request, response, chain);

        verify(response).setStatus(403);
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    void withTheFormSendsAnyoneNotSignedInToIt() throws Exception {
        guard.doFilter(request, response, chain);

        verify(response).sendRedirect("/login.xhtml");
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    void withTheFormLetsTheSignedInUserThrough() throws Exception {
        session.signIn(new ConsoleSignIn.SignedIn(new ActingUser("demo:esp-admin", null,
                Set.of(UserRole.PLATFORM_ADMINISTRATOR)), "Ada"));

        guard.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
    }

    @Test
    void withTheProviderSignsInThePersonItsTokenNamesUnderANewSessionId() throws Exception {
        claims.enabled = true;
        claims.claims = person("idp|4711", "Astrid", "PLATFORM_ADMINISTRATOR");

        guard.doFilter(request, response, chain);

        assertThat(session.actingUser()).contains(new ActingUser("idp|4711", null,
                Set.of(UserRole.PLATFORM_ADMINISTRATOR)));
        assertThat(session.getDisplayName()).isEqualTo("Astrid");
        verify(request).changeSessionId();
        verify(chain).doFilter(request, response);
    }

    @Test
    void withTheProviderKeepsTheSessionWhileTheTokenNamesTheSameUser() throws Exception {
        claims.enabled = true;
        claims.claims = person("idp|4711", "Astrid", "COORDINATOR");
        session.signIn(ProviderSignIn.signedIn(claims.claims));

        guard.doFilter(request, response, chain);

        verify(request, never()).changeSessionId();
        verify(chain).doFilter(request, response);
    }

    @Test
    void withTheProviderFollowsTheServerToAnotherUserOrOtherRoles() throws Exception {
        claims.enabled = true;
        session.signIn(ProviderSignIn.signedIn(person("idp|4711", "Astrid", "PLATFORM_ADMINISTRATOR")));
        claims.claims = person("idp|0815", "Ronja", "CONSUMER_STAFF");

        guard.doFilter(request, response, chain);

        assertThat(session.actingUser()).contains(new ActingUser("idp|0815", null, Set.of(UserRole.CONSUMER_STAFF)));
        verify(request).changeSessionId();
    }

    @Test
    void withTheProviderRefusesATokenThatNamesNoUsableUser() throws Exception {
        claims.enabled = true;
        claims.claims = new JWTClaimsSet.Builder().claim("name", "Nobody").build();

        guard.doFilter(request, response, chain);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(request).logout();
        verify(chain, never()).doFilter(any(), any());
        assertThat(session.isSignedIn()).isFalse();
    }

    @Test
    void withTheProviderSignsInAnewWhenTheServerHoldsNoIdToken() throws Exception {
        claims.enabled = true;

        guard.doFilter(request, response, chain);

        verify(request).logout();
        verify(response).sendRedirect("/login.xhtml");
        verify(chain, never()).doFilter(any(), any());
    }

    private static JWTClaimsSet person(String subject, String name, String... groups) {
        return new JWTClaimsSet.Builder().subject(subject).claim("name", name).claim("groups", List.of(groups))
                .build();
    }

    private static final class StubClaims implements ProviderClaims {
        boolean enabled;
        JWTClaimsSet claims;

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public Optional<JWTClaimsSet> of(HttpServletRequest request) {
            return Optional.ofNullable(claims);
        }
    }
}

package se.esp.adapter.web.console;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every console page needs a signed-in user; anyone else is sent to the sign-in form. A page is shown only to the
 * roles of its {@link ConsoleSection} (the start page to everyone signed in); anyone else gets 403. The use cases
 * still decide every action: this keeps a page from rendering for someone it is not meant for.
 */
@WebFilter(filterName = "esp-console-guard", urlPatterns = "/console/*")
public class ConsoleGuard implements Filter {

    @Inject
    ConsoleSession session;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!session.isSignedIn()) {
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/login.xhtml");
            return;
        }
        String page = http.getRequestURI().substring(http.getContextPath().length());
        if ("/console/".equals(page)) {
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + ConsoleSection.START_PAGE);
            return;
        }
        if (!mayOpen(page)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
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
}

package se.esp.adapter.web.console;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every console page needs a signed-in user; anyone else is sent to the sign-in form. */
@WebFilter(filterName = "esp-console-guard", urlPatterns = "/console/*")
public class ConsoleGuard implements Filter {

    @Inject
    ConsoleSession session;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (session.isSignedIn()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/login.xhtml");
    }
}

package se.esp.adapter.web.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response of the application (API and console), set before the response is
 * written so even errors carry them. The API and the console hold personal data, so nothing is cached; the
 * console is never framed (clickjacking); scripts and styles come only from the platform itself.
 */
@WebFilter(filterName = "esp-security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    /** Only the platform's own resources; Faces needs its form-submitting script from the same origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http, request instanceof HttpServletRequest r && r.isSecure());
        }
        chain.doFilter(request, response);
    }

    /** Also for responses written before or without this filter: the server's own refusals and error pages. */
    public static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        if (secure) {
            // only over TLS: a browser ignores it on plain HTTP, and it must never pin a host without a certificate
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}

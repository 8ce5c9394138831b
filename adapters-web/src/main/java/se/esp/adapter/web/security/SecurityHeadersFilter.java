package se.esp.adapter.web.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every response of the application (API and console), set before the response is
 * written so even errors carry them. The API and the console hold personal data, so nothing is cached; the
 * console is never framed (clickjacking); scripts and styles come only from the platform itself.
 */
@WebFilter(filterName = "esp-security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    /**
     * Only the platform's own resources, never inline script or style, never {@code eval}. {@code script-src} comes
     * last on purpose: on a console page PrimeFaces' CSP mode ({@code primefaces.CSP}, policy from
     * {@code primefaces.CSP_POLICY}, which is this text) appends the response's nonce to it, so the page's own
     * scripts run and nothing injected does.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'; script-src 'self'";
    static final String CSP_HEADER = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile(" 'nonce-[A-Za-z0-9+/=_-]{16,}';?");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && request instanceof HttpServletRequest r) {
            apply(http, r.isSecure());
            // the API renders no page; only the console's pages may add a policy with a nonce
            boolean api = r.getRequestURI().startsWith(r.getContextPath() + "/api/");
            chain.doFilter(request, api ? response : new OnePolicy(http));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Keeps exactly one Content-Security-Policy header. PrimeFaces' CSP mode adds its own header (this policy plus
     * the page's nonce) with {@code addHeader}; beside the one set above, a browser would enforce both, and the
     * nonce-less one would block the page's scripts. So a policy added later replaces the one set here, but only
     * when it is this policy with a nonce added to {@code script-src}: nothing can weaken it (a mistaken
     * {@code primefaces.CSP_POLICY} leaves the page's scripts blocked, which shows at once, rather than open).
     */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                if (isThisPolicyWithANonce(value)) {
                    super.setHeader(name, value);
                }
            } else {
                super.addHeader(name, value);
            }
        }
    }

    static boolean isThisPolicyWithANonce(String policy) {
        return policy != null && policy.startsWith(CONTENT_SECURITY_POLICY)
                && NONCE.matcher(policy.substring(CONTENT_SECURITY_POLICY.length())).matches();
    }

    /** Also for responses written before or without this filter: the server's own refusals and error pages. */
    public static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP_HEADER, CONTENT_SECURITY_POLICY);
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

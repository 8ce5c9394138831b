package se.esp.adapter.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.esp.adapter.web.security.SecurityHeadersFilter;

/**
 * The Content-Security-Policy for PrimeFaces' CSP mode: {@code web.xml} sets {@code primefaces.CSP_POLICY} to
 * {@code #{consolePolicy.contentSecurityPolicy}}, so the console's pages carry the very policy every other response
 * carries, with the page's nonce appended to its last directive, {@code script-src}.
 */
@Named("consolePolicy")
@ApplicationScoped
public class ConsolePolicy {

    public String getContentSecurityPolicy() {
        return SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
    }
}

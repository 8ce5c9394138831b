package se.esp.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console's pages carry one policy: this one, with PrimeFaces' nonce appended to script-src, and never weaker. */
class SecurityHeadersFilterTest {

    @Test
    void thePolicyEndsWithScriptSrcSoANonceCanBeAppended() {
        assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).endsWith("script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void acceptsOnlyThisPolicyWithANonce() {
        String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
        assertThat(SecurityHeadersFilter.isThisPolicyWithANonce(policy + " 'nonce-NGNiMzJkMjUtZTRjYS00NzI3';"))
                .isTrue();
        assertThat(SecurityHeadersFilter.isThisPolicyWithANonce("script-src 'self' 'nonce-NGNiMzJkMjUtZTRjYS00NzI3';"))
                .as("PrimeFaces' default policy would drop every other directive").isFalse();
        assertThat(SecurityHeadersFilter.isThisPolicyWithANonce(policy + " 'unsafe-inline';")).isFalse();
        assertThat(SecurityHeadersFilter.isThisPolicyWithANonce(policy + " 'nonce-abc' https://evil.example;"))
                .isFalse();
    }
}

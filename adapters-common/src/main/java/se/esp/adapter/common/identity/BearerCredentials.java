package se.esp.adapter.common.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the bearer token out of an {@code Authorization} value ({@code Bearer <token>}, RFC 6750 §2.1), the same
 * for every channel. The scheme is case-insensitive (RFC 7235 §2.1: {@code bearer}, {@code BEARER} are the same
 * scheme); another scheme, an empty token, a token longer than {@value #MAX_TOKEN_LENGTH} characters or one with
 * characters a token cannot hold is refused before any cryptography runs.
 */
public final class BearerCredentials {

    /** 8 KiB: far above any access token an identity provider issues, far below what would tie up the parser. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private static final String SCHEME = "bearer";
    /** RFC 6750's b64token: what a compact JWT consists of. */
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern SCHEME_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]{1,20}");

    private BearerCredentials() {
    }

    /**
     * The token of an HTTP {@code Authorization} header.
     *
     * @param value the header value; {@code null} or blank when the request has none
     * @return empty when there are no credentials at all
     * @throws InvalidTokenException for another scheme ({@link InvalidTokenException.Kind#NO_BEARER_TOKEN}) or a
     *                               bearer token that cannot be one ({@link InvalidTokenException.Kind#INVALID_TOKEN})
     */
    public static Optional<String> fromAuthorizationHeader(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String credentials = value.strip();
        int space = firstWhitespace(credentials);
        String scheme = space < 0 ? credentials : credentials.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(SCHEME)) {
            throw InvalidTokenException.noBearerToken("the Authorization header uses "
                    + (SCHEME_NAME.matcher(scheme).matches() ? "the " + scheme + " scheme" : "an unknown scheme")
                    + "; send 'Bearer <token>'");
        }
        return Optional.of(checked(space < 0 ? "" : credentials.substring(space).strip()));
    }

    /**
     * The token of a message's {@code authorization} property: {@code Bearer <token>} as in HTTP, or the bare token
     * (what message senders were told they may send; a property has no scheme of its own to confuse it with).
     *
     * @return empty when the property is absent or blank
     */
    public static Optional<String> fromMessageProperty(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String credentials = value.strip();
        return firstWhitespace(credentials) < 0 && !credentials.equalsIgnoreCase(SCHEME)
                ? Optional.of(checked(credentials)) : fromAuthorizationHeader(credentials);
    }

    /** A token as it may be handed to the verifier: present, bounded, of token characters only. */
    static String checked(String token) {
        if (token == null || token.isEmpty()) {
            throw InvalidTokenException.invalid("the bearer token is empty");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw InvalidTokenException.invalid("the bearer token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        if (!B64TOKEN.matcher(token).matches()) {
            throw InvalidTokenException.invalid("the bearer token holds characters a token cannot hold");
        }
        return token;
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

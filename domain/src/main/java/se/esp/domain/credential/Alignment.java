package se.esp.domain.credential;

import java.net.URI;
import java.net.URISyntaxException;

import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * What the credential counts towards: an ESCO concept or a unit of an occupational profile, named by an absolute
 * http(s) URI so that an employer's system can resolve it.
 */
public record Alignment(AlignmentKind kind, String targetUrl, String targetName) {

    public static final int MAX_NAME_LENGTH = 300;

    public Alignment {
        if (kind == null) {
            throw ValidationException.of("kind", ViolationCode.REQUIRED, "ESCO_SKILL, ESCO_OCCUPATION or OCCUPATIONAL_PROFILE");
        }
        targetUrl = requireHttpUri(targetUrl);
        targetName = Text.requireText("targetName", targetName, MAX_NAME_LENGTH);
    }

    private static String requireHttpUri(String value) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("targetUrl", ViolationCode.REQUIRED, "an http(s) URI");
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw ValidationException.of("targetUrl", ViolationCode.INVALID_FORMAT, "must be an absolute http(s) URI");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ValidationException.of("targetUrl", ViolationCode.INVALID_FORMAT, "must be an absolute http(s) URI");
        }
    }

}

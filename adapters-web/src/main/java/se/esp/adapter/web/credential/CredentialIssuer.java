package se.esp.adapter.web.credential;

import java.net.URI;
import java.util.Objects;

import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.shared.LanguageCode;

/**
 * The owner as issuer of Open Badges: its name, the public address credentials and the issuer profile are named
 * under, and its signing keys. Exports, signs and verifies.
 */
public final class CredentialIssuer {

    /** Under the public base: the issuer profile, its keys, verification. */
    public static final String PUBLIC_PATH = "public/credentials";

    private final OwnerSigningKeys keys;
    private final String name;
    private final URI publicBase;
    private final VcJwt signer;

    /**
     * @param publicBase the API's public address ({@code https://host/api/}); null to take the address each request
     *                   came to
     */
    public CredentialIssuer(OwnerSigningKeys keys, String name, URI publicBase) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.name = Objects.requireNonNull(name, "name");
        this.publicBase = publicBase == null ? null : withSlash(publicBase);
        this.signer = new VcJwt(keys.signing());
    }

    public OwnerSigningKeys keys() {
        return keys;
    }

    public String name() {
        return name;
    }

    /** The configured public address, else the one the request came to. */
    public URI base(URI requestBase) {
        return publicBase != null ? publicBase : withSlash(requestBase);
    }

    public OpenBadgeCredentials.Issuer issuer(URI base) {
        return new OpenBadgeCredentials.Issuer(base.resolve(PUBLIC_PATH + "/issuer"), name);
    }

    /** The credential as a signed VC-JWT. */
    public String export(IssuedCredential credential, CredentialDefinitionVersion definition, URI base,
                         LanguageCode language) {
        return signer.sign(OpenBadgeCredentials.credential(credential, definition, issuer(base), base, language));
    }

    /** A verifier that asks the revocation status of every authentic credential. */
    public CredentialVerifier verifier(CredentialRevocationStatus revocations) {
        return new CredentialVerifier(keys, revocations);
    }

    private static URI withSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}

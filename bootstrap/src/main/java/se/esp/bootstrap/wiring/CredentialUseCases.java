package se.esp.bootstrap.wiring;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.web.credential.CredentialIssuer;
import se.esp.adapter.web.credential.OwnerSigningKeys;
import se.esp.application.credential.CredentialRevocationService;
import se.esp.application.credential.CredentialService;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.application.port.in.credential.IssueCredentialsOnCompletion;
import se.esp.application.port.in.credential.IssuedCredentialQueries;
import se.esp.application.port.in.credential.RevokeCredential;

/**
 * Micro-credentials: the owner's definitions, issued credentials, the issuing step of a delivery's completion, and
 * the owner as issuer of Open Badges: its signing key from {@code esp.credentials.signing-key} (an RSA private key,
 * PKCS#8 PEM or JWK, inline or as a file path; {@code ESP_CREDENTIALS_SIGNING_KEY}) with
 * {@code esp.credentials.signing-key-id}, else one generated once and kept in the database; its name
 * ({@code esp.credentials.issuer-name}) and public API address ({@code esp.credentials.public-base}, e.g.
 * {@code https://esp.example.se/api/}; unset, the address a request came to).
 */
@ApplicationScoped
public class CredentialUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "esp.credentials.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "esp.credentials.signing-key-id")
    Optional<String> signingKeyId;

    @Inject
    @ConfigProperty(name = "esp.credentials.issuer-name", defaultValue = "eSP")
    String issuerName;

    @Inject
    @ConfigProperty(name = "esp.credentials.public-base")
    Optional<String> publicBase;

    private CredentialService credentials;
    private CredentialRevocationService revocations;
    private CredentialIssuer issuer;

    @PostConstruct
    void build() {
        credentials = new CredentialService(persistence.credentialDefinitions(), persistence.issuedCredentials(),
                persistence.offerings(), persistence.outbox(), persistence.transactions(), clock);
        revocations = new CredentialRevocationService(persistence.issuedCredentials(),
                persistence.credentialRevocations(), persistence.outbox(), persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    RevokeCredential revocation() {
        return revocations;
    }

    @Produces
    @ApplicationScoped
    CredentialRevocationStatus revocationStatus() {
        return revocations;
    }

    @Produces
    @ApplicationScoped
    CredentialDefinitionUseCases definitions() {
        return credentials;
    }

    @Produces
    @ApplicationScoped
    IssuedCredentialQueries issued() {
        return credentials;
    }

    @Produces
    @ApplicationScoped
    IssueCredentialsOnCompletion issuing() {
        return credentials;
    }

    /**
     * Resolved once, at first use (generating a key needs the database, migrated by then); dependent scope because
     * the issuer is a final class the container cannot proxy, this bean keeping the one instance.
     */
    @Produces
    synchronized CredentialIssuer issuer() {
        if (issuer != null) {
            return issuer;
        }
        OwnerSigningKeys keys = OwnerSigningKeys.resolve(signingKey.orElse(null), signingKeyId.orElse(null),
                persistence.credentialSigningKeys(), persistence.transactions(), clock);
        issuer = new CredentialIssuer(keys, issuerName, publicBase.filter(b -> !b.isBlank()).map(URI::create)
                .orElse(null));
        return issuer;
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.credential.CredentialService;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.IssueCredentialsOnCompletion;
import se.esp.application.port.in.credential.IssuedCredentialQueries;

/** Micro-credentials: the owner's definitions, issued credentials, and the issuing step of a delivery's completion. */
@ApplicationScoped
public class CredentialUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    private CredentialService credentials;

    @PostConstruct
    void build() {
        credentials = new CredentialService(persistence.credentialDefinitions(), persistence.issuedCredentials(),
                persistence.offerings(), persistence.outbox(), persistence.transactions(), clock);
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
}

package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.application.port.out.Transactions;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.participant.ParticipantId;

/** What every implementation of {@link CredentialRevocations} guarantees. */
public abstract class CredentialRevocationsContract {

    private static final Instant AT = Instant.parse("2027-02-15T10:00:00.123456Z");

    private CredentialRevocations revocations;
    private Transactions transactions;
    private IssuedCredential first;
    private IssuedCredential second;

    protected abstract Backend backend();

    @BeforeEach
    void twoIssuedCredentials() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        revocations = adapters.credentialRevocations();
        transactions = adapters.transactions();
        CredentialDefinition care = transactions.inTransaction(() -> adapters.credentialDefinitions().save(
                CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef("VO-OMV-01"),
                        CredentialDefinitionsContract.terms("Basic care", 24), AT).definition()));
        OrganisationId supplier = OrganisationId.newId();
        first = new IssuedCredential(CredentialId.newId(), care.id(), "VO-OMV-01", 1, ParticipantId.newId(),
                DeliveryId.newId(), supplier, OrganisationId.newId(), AT, null);
        second = new IssuedCredential(CredentialId.newId(), care.id(), "VO-OMV-01", 1, ParticipantId.newId(),
                DeliveryId.newId(), supplier, OrganisationId.newId(), AT, null);
        transactions.inTransaction(() -> adapters.issuedCredentials().addAll(List.of(first, second)));
    }

    @Test
    void aRevocationIsFoundWithItsReasonAndListedOldestFirst() {
        CredentialRevocation later = new CredentialRevocation(second.id(), "Fel deltagare", "admin-1",
                AT.plusSeconds(60));
        CredentialRevocation earlier = new CredentialRevocation(first.id(), "Utfärdad av misstag", "admin-2", AT);
        transactions.inTransaction(() -> revocations.add(later));
        transactions.inTransaction(() -> revocations.add(earlier));

        assertThat(transactions.inTransaction(() -> revocations.find(first.id()))).contains(earlier);
        assertThat(transactions.inTransaction(revocations::all)).containsExactly(earlier, later);
    }

    @Test
    void anUnrevokedCredentialHasNoRevocation() {
        assertThat(transactions.inTransaction(() -> revocations.find(first.id()))).isEmpty();
        assertThat(transactions.inTransaction(revocations::all)).isEmpty();
    }

    @Test
    void aCredentialIsRevokedOnceOnly() {
        transactions.inTransaction(() -> revocations.add(new CredentialRevocation(first.id(), "Ett", "a", AT)));

        assertThatThrownBy(() -> transactions.inTransaction(() -> revocations.add(
                new CredentialRevocation(first.id(), "Två", "b", AT.plusSeconds(1)))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(transactions.inTransaction(() -> revocations.find(first.id())))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("Ett"));
    }
}

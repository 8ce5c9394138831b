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
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.Transactions;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.participant.ParticipantId;

/** What every implementation of {@link IssuedCredentials} guarantees. */
public abstract class IssuedCredentialsContract {

    private static final Instant AT = Instant.parse("2027-02-15T10:00:00.123456Z");

    private IssuedCredentials credentials;
    private Transactions transactions;
    private CredentialDefinition care;
    private CredentialDefinition hygiene;
    private final OrganisationId ronneby = OrganisationId.newId();
    private final OrganisationId olofstrom = OrganisationId.newId();
    private final OrganisationId borlange = OrganisationId.newId();
    private final DeliveryId delivery = DeliveryId.newId();

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        credentials = adapters.issuedCredentials();
        transactions = adapters.transactions();
        care = transactions.inTransaction(() -> adapters.credentialDefinitions().save(CredentialDefinition.define(
                CredentialDefinitionId.newId(), new MicroCredentialRef("VO-OMV-01"),
                CredentialDefinitionsContract.terms("Basic care", 24), AT).definition()));
        hygiene = transactions.inTransaction(() -> adapters.credentialDefinitions().save(CredentialDefinition.define(
                CredentialDefinitionId.newId(), new MicroCredentialRef("VO-HYG-02"),
                CredentialDefinitionsContract.terms("Hygiene", null), AT).definition()));
    }

    private IssuedCredential credential(CredentialDefinition definition, ParticipantId participant,
                                        OrganisationId consumer, DeliveryId from, Instant at, Instant validUntil) {
        return new IssuedCredential(CredentialId.newId(), definition.id(), definition.code().code(), 1,
                participant, from, ronneby, consumer, at, validUntil);
    }

    @Test
    void keepsACredentialAsIssued() {
        IssuedCredential issued = credential(care, ParticipantId.newId(), olofstrom, delivery, AT,
                Instant.parse("2029-02-15T10:00:00.123456Z"));
        IssuedCredential forever = credential(hygiene, issued.participant(), olofstrom, delivery, AT, null);
        transactions.inTransaction(() -> credentials.addAll(List.of(issued, forever)));

        assertThat(transactions.inTransaction(() -> credentials.findById(issued.id()))).contains(issued);
        assertThat(transactions.inTransaction(() -> credentials.findById(forever.id()))).contains(forever);
        assertThat(transactions.inTransaction(() -> credentials.findById(CredentialId.newId()))).isEmpty();
    }

    @Test
    void refusesTheSameDefinitionFromTheSameDeliveryTwiceAndKeepsNoneOfThatBatch() {
        ParticipantId participant = ParticipantId.newId();
        transactions.inTransaction(() -> credentials.addAll(List.of(
                credential(care, participant, olofstrom, delivery, AT, null))));
        IssuedCredential other = credential(hygiene, participant, olofstrom, delivery, AT, null);

        assertThatThrownBy(() -> transactions.inTransaction(() -> credentials.addAll(List.of(other,
                credential(care, participant, olofstrom, delivery, AT.plusSeconds(1), null)))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(transactions.inTransaction(() -> credentials.findById(other.id()))).isEmpty();
        // the same definition from another delivery is another credential
        transactions.inTransaction(() -> credentials.addAll(List.of(
                credential(care, participant, olofstrom, DeliveryId.newId(), AT, null))));
        assertThat(transactions.inTransaction(() -> credentials.list(new IssuedCredentials.Filter(null, null,
                participant, null), PageRequest.first())).totalItems()).isEqualTo(2);
    }

    @Test
    void listsNewestFirstNarrowedBySupplierConsumerParticipantAndDelivery() {
        ParticipantId amina = ParticipantId.newId();
        ParticipantId yonas = ParticipantId.newId();
        DeliveryId later = DeliveryId.newId();
        IssuedCredential first = credential(care, amina, olofstrom, delivery, AT, null);
        IssuedCredential second = credential(care, yonas, borlange, delivery, AT.plusSeconds(1), null);
        IssuedCredential third = credential(hygiene, amina, olofstrom, later, AT.plusSeconds(2), null);
        transactions.inTransaction(() -> credentials.addAll(List.of(first, second, third)));

        assertThat(list(IssuedCredentials.Filter.all()).items()).containsExactly(third, second, first);
        assertThat(list(new IssuedCredentials.Filter(null, olofstrom, null, null)).items())
                .containsExactly(third, first);
        assertThat(list(new IssuedCredentials.Filter(null, null, yonas, null)).items()).containsExactly(second);
        assertThat(list(new IssuedCredentials.Filter(null, null, null, delivery)).items())
                .containsExactly(second, first);
        assertThat(list(new IssuedCredentials.Filter(ronneby, olofstrom, amina, later)).items())
                .containsExactly(third);
        assertThat(list(new IssuedCredentials.Filter(OrganisationId.newId(), null, null, null)).items()).isEmpty();
        Page<IssuedCredential> page = transactions.inTransaction(() ->
                credentials.list(IssuedCredentials.Filter.all(), new PageRequest(1, 2)));
        assertThat(page.items()).containsExactly(first);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    private Page<IssuedCredential> list(IssuedCredentials.Filter filter) {
        return transactions.inTransaction(() -> credentials.list(filter, PageRequest.first()));
    }
}

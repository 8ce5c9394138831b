package se.esp.application.port.out;

import java.util.List;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/** Where issued credentials are kept; a credential is only ever added. Called inside a transaction. */
public interface IssuedCredentials {

    /** Which credentials to list; a {@code null} field does not narrow. */
    record Filter(OrganisationId supplier, OrganisationId consumer, ParticipantId participant, DeliveryId delivery) {

        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    /**
     * Stores newly issued credentials.
     *
     * @throws IllegalStateException if the participant already holds a credential of the same definition from the
     *                               same delivery (issuing is once per completion)
     */
    void addAll(List<IssuedCredential> credentials);

    Optional<IssuedCredential> findById(CredentialId id);

    /** Credentials the filter matches, newest first, then by id. */
    Page<IssuedCredential> list(Filter filter, PageRequest page);
}

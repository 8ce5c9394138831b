package se.esp.domain.credential;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/**
 * A credential a participant earned by completing a delivery: which definition (and which of its versions), the
 * delivery it was earned in, the supplier who delivered it, the consumer organisation the participant came through
 * and when it was issued. It names the participant by id only; who that is stays in the participant register.
 *
 * @param validUntil when it stops being valid, from the definition version's validity; {@code null} if never
 */
public record IssuedCredential(CredentialId id, CredentialDefinitionId definitionId, String code,
                               int definitionVersion, ParticipantId participant, DeliveryId delivery,
                               OrganisationId supplier, OrganisationId consumer, Instant issuedAt,
                               Instant validUntil) {

    public IssuedCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (definitionVersion < 1) {
            throw new IllegalArgumentException("definition versions count from 1");
        }
    }

    /** The end of validity: the issue instant plus the months, in UTC (months vary in length; UTC is the anchor). */
    static Instant validUntil(Instant issuedAt, CredentialTerms terms) {
        return terms.validity().map(months -> issuedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant())
                .orElse(null);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(validUntil);
    }
}

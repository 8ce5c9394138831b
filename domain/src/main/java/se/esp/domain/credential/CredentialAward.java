package se.esp.domain.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.Seat;

/**
 * Who earns what when a delivery completes: each participant whose outcome is {@code COMPLETED} earns one
 * credential per definition the delivered offering version leads to, under the definition's current version.
 * Nobody else earns one: not a participant who did not complete, not a delivery that did not complete.
 */
public final class CredentialAward {

    private CredentialAward() {
    }

    /** One credential earned and the event recording it. */
    public record Issuance(IssuedCredential credential, CredentialIssued event) {
    }

    public static List<Issuance> onCompletion(Delivery delivery, List<CredentialDefinition> definitions,
                                              Supplier<CredentialId> ids, Instant at) {
        if (delivery.status() != DeliveryStatus.COMPLETED) {
            throw new IllegalStateException("delivery " + delivery.id() + " is " + delivery.status()
                    + "; credentials are earned only by completing it");
        }
        List<Issuance> issued = new ArrayList<>();
        for (Seat seat : delivery.seats()) {
            if (seat.outcome() != ParticipationOutcome.COMPLETED) {
                continue;
            }
            for (CredentialDefinition definition : definitions) {
                CredentialDefinitionVersion current = definition.current();
                IssuedCredential credential = new IssuedCredential(ids.get(), definition.id(),
                        definition.code().code(), current.number(), seat.participant(), delivery.id(),
                        delivery.supplier(), seat.consumer(), at,
                        IssuedCredential.validUntil(at, current.terms()));
                issued.add(new Issuance(credential, CredentialIssued.of(credential)));
            }
        }
        return issued;
    }
}

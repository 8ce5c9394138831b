package se.esp.adapter.web.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.participant.ParticipantId;

/** A definition and credentials to export and verify, and the revocations a verifier asks about. */
final class TestCredentials {

    static final Instant ISSUED = Instant.parse("2027-02-15T10:00:00Z");

    /** "Basic care", 7.5 credits, valid 12 months, aligned to ESCO's health care assistants. */
    static final CredentialDefinitionVersion BASIC_CARE = new CredentialDefinitionVersion(1,
            new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                    LocalisedText.svEn("Grunderna.", "The basics."), LocalisedText.svEn("Klarat.", "Passed."),
                    List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                            "http://data.europa.eu/esco/isco/C5321", "Health care assistants")),
                    new BigDecimal("7.5"), 12), ISSUED);

    private TestCredentials() {
    }

    /** A credential of {@link #BASIC_CARE} issued at {@link #ISSUED}; {@code validUntil} null: no end. */
    static IssuedCredential basicCare(Instant validUntil) {
        return new IssuedCredential(CredentialId.newId(), CredentialDefinitionId.newId(), "VO-OMV-01", 1,
                ParticipantId.newId(), DeliveryId.newId(), OrganisationId.newId(), OrganisationId.newId(), ISSUED,
                validUntil);
    }

    /** The revocations the verifier asks about, as the application keeps them. */
    static final class Revocations implements CredentialRevocationStatus {

        private final Map<CredentialId, CredentialRevocation> revoked = new ConcurrentHashMap<>();

        void revoke(CredentialId credential, String reason) {
            revoked.put(credential, new CredentialRevocation(credential, reason, "admin", ISSUED));
        }

        void clear() {
            revoked.clear();
        }

        @Override
        public Optional<CredentialRevocation> revocation(CredentialId credential) {
            return Optional.ofNullable(revoked.get(credential));
        }

        @Override
        public List<CredentialRevocation> revocations() {
            return List.copyOf(revoked.values());
        }
    }
}

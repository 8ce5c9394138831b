package se.esp.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.participant.ParticipantId;

/**
 * The credentials issued to a participant, for the participant's data export. Credentials hold no personal data (the
 * participant by id only; decision record 0005), so anonymisation leaves them: this port only reads. Called inside
 * {@link Transactions#inTransaction}; implemented by the credentials area.
 */
@FunctionalInterface
public interface ParticipantCredentials {

    /** A credential the participant holds, and its revocation if it was revoked. */
    record Held(IssuedCredential credential, CredentialRevocation revocation) {

        public Held {
            Objects.requireNonNull(credential, "credential");
            if (revocation != null && !revocation.credential().equals(credential.id())) {
                throw new IllegalArgumentException("the revocation is of another credential");
            }
        }

        public Optional<CredentialRevocation> revocationIfAny() {
            return Optional.ofNullable(revocation);
        }
    }

    /** Every credential issued to the participant, newest first. */
    List<Held> of(ParticipantId participant);
}

package se.esp.application.credential;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.application.port.in.credential.RevokeCredential;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Revocation of issued credentials: administrators revoke any, the delivering supplier's staff those of their
 * deliveries; the revocation is stored and announced ({@code CredentialRevoked}) in one transaction, and anybody
 * may ask whether a credential is revoked.
 */
public final class CredentialRevocationService implements RevokeCredential, CredentialRevocationStatus {

    private final IssuedCredentials issued;
    private final CredentialRevocations revocations;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public CredentialRevocationService(IssuedCredentials issued, CredentialRevocations revocations,
                                       EventOutbox outbox, Transactions transactions, Clock clock) {
        this.issued = Objects.requireNonNull(issued, "issued");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CredentialRevocation revoke(ActingUser actor, CredentialId id, String reason) {
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> {
            IssuedCredential credential = issued.findById(id).filter(c -> maySee(actor, c))
                    .orElseThrow(() -> new DomainException(ErrorCode.CREDENTIAL_NOT_FOUND,
                            "no credential with id " + id));
            boolean mayRevoke = actor.has(UserRole.PLATFORM_ADMINISTRATOR)
                    || actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(credential.supplier());
            if (!mayRevoke) {
                throw new DomainException(ErrorCode.ACCESS_DENIED, "only administrators and the delivering "
                        + "supplier's staff revoke credentials");
            }
            CredentialRevocation.Revoked revoked = CredentialRevocation.revoke(credential, revocations.find(id),
                    reason, actor.userId(), clock.instant());
            revocations.add(revoked.revocation());
            outbox.append(revoked.event());
            return revoked.revocation();
        });
    }

    @Override
    public Optional<CredentialRevocation> revocation(CredentialId credential) {
        return transactions.inTransaction(() -> revocations.find(credential));
    }

    @Override
    public List<CredentialRevocation> revocations() {
        return transactions.inTransaction(revocations::all);
    }

    private static boolean maySee(ActingUser actor, IssuedCredential credential) {
        return actor.has(UserRole.PLATFORM_ADMINISTRATOR)
                || actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(credential.supplier())
                || actor.has(UserRole.CONSUMER_STAFF) && actor.actsFor(credential.consumer());
    }
}

package se.esp.domain.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.shared.CompetenceCode;

/**
 * A competence a resource declared, with the coordinator's decision once made. It counts for matching only when
 * verified, and only before its expiry date: on the expiry date itself it no longer counts.
 *
 * @param decidedBy the coordinator's user id; {@code null} while pending
 * @param decidedAt {@code null} while pending
 * @param remark    the coordinator's remark (required when rejecting); may be {@code null}
 */
public record Competence(CompetenceDeclaration declaration, CompetenceStatus status, String decidedBy,
                         Instant decidedAt, String remark) {

    public Competence {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(status, "status");
        if (status == CompetenceStatus.PENDING && (decidedBy != null || decidedAt != null)) {
            throw new IllegalArgumentException("a pending competence has no decision");
        }
        if (status != CompetenceStatus.PENDING && (decidedBy == null || decidedAt == null)) {
            throw new IllegalArgumentException("a decided competence names who decided and when");
        }
    }

    static Competence pending(CompetenceDeclaration declaration) {
        return new Competence(declaration, CompetenceStatus.PENDING, null, null, null);
    }

    Competence decided(CompetenceStatus decision, String coordinator, Instant at, String remark) {
        return new Competence(declaration, decision, coordinator, at, remark);
    }

    public CompetenceCode code() {
        return declaration.code();
    }

    public LocalDate expiresOn() {
        return declaration.expiresOn();
    }

    /** Verified, and the date is before the expiry date. */
    public boolean countsOn(LocalDate date) {
        return status == CompetenceStatus.VERIFIED && date.isBefore(declaration.expiresOn());
    }
}

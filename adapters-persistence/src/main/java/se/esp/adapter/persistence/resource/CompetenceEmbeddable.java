package se.esp.adapter.persistence.resource;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.esp.domain.resource.CompetenceStatus;

/** A row of {@code resource_competence}: one declared competence with the coordinator's decision. */
@Embeddable
public class CompetenceEmbeddable {

    @Column(name = "code", length = 64, nullable = false)
    String code;

    @Column(name = "evidence", length = 2000, nullable = false)
    String evidence;

    @Column(name = "expires_on", nullable = false)
    LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    CompetenceStatus status;

    @Column(name = "decided_by", length = 200)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "remark", length = 2000)
    String remark;

    protected CompetenceEmbeddable() {
    }
}

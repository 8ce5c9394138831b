package se.esp.adapter.persistence.packaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.packaging.PackagingStatus;

/** A row of {@code packaging}; content, returned content and reviews as JSON documents (see {@link ContentJson}). */
@Entity
@Table(name = "packaging")
public class PackagingJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "supplier_id", length = 36, nullable = false, updatable = false)
    String supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    PackagingStatus status;

    @Column(name = "draft_number", nullable = false)
    int draftNumber;

    @Lob
    @Column(name = "content", nullable = false)
    String content;

    @Lob
    @Column(name = "reviews", nullable = false)
    String reviews;

    /** The current draft as its last return found it; {@code null} when it was never returned. */
    @Lob
    @Column(name = "returned_content")
    String returnedContent;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected PackagingJpaEntity() {
    }
}

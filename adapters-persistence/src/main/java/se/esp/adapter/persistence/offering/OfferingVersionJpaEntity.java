package se.esp.adapter.persistence.offering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A row of {@code offering_version}: written once, never changed. */
@Entity
@Table(name = "offering_version")
public class OfferingVersionJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "offering_id", length = 36, nullable = false, updatable = false)
    String offeringId;

    @Column(name = "version_number", nullable = false, updatable = false)
    int versionNumber;

    @Column(name = "draft_number", nullable = false, updatable = false)
    int draftNumber;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    String content;

    @Column(name = "published_at", nullable = false, updatable = false)
    Instant publishedAt;

    protected OfferingVersionJpaEntity() {
    }
}

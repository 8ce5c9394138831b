package se.esp.adapter.persistence.offering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A row of {@code catalogue_entry}: the whole entry as a document, its filters as columns for reporting. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntryJpaEntity {

    @Id
    @Column(name = "offering_id", length = 36)
    String offeringId;

    @Column(name = "revision", nullable = false)
    long revision;

    @Column(name = "listed", nullable = false)
    boolean listed;

    @Column(name = "version_id", length = 36, nullable = false)
    String versionId;

    @Column(name = "supplier_id", length = 36, nullable = false)
    String supplierId;

    @Column(name = "phase", length = 40, nullable = false)
    String phase;

    @Column(name = "service_area", length = 40, nullable = false)
    String serviceArea;

    @Column(name = "delivery_mode", length = 16, nullable = false)
    String deliveryMode;

    @Column(name = "price_ore", nullable = false)
    long priceOre;

    @Column(name = "min_age")
    Integer minAge;

    @Column(name = "max_age")
    Integer maxAge;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Lob
    @Column(name = "document", nullable = false)
    String document;

    protected CatalogueEntryJpaEntity() {
    }
}

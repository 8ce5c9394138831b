package se.esp.adapter.persistence.offering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.offering.OfferingStatus;

/** A row of {@code offering}; its versions are {@link OfferingVersionJpaEntity} rows. */
@Entity
@Table(name = "offering")
public class OfferingJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "packaging_id", length = 36, nullable = false, updatable = false)
    String packagingId;

    @Column(name = "supplier_id", length = 36, nullable = false, updatable = false)
    String supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    OfferingStatus status;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected OfferingJpaEntity() {
    }
}

package se.esp.adapter.persistence.offering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of {@code catalogue_revision}: the last revision given to a catalogue change. */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevisionJpaEntity {

    static final int THE_ONLY_ID = 1;

    @Id
    @Column(name = "id")
    Integer id;

    @Column(name = "revision", nullable = false)
    long revision;

    protected CatalogueRevisionJpaEntity() {
    }
}

package se.esp.adapter.persistence.packaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of {@code review_checklist}. */
@Entity
@Table(name = "review_checklist")
public class ReviewChecklistJpaEntity {

    static final int THE_ONLY_ID = 1;

    @Id
    @Column(name = "id")
    Integer id;

    @Lob
    @Column(name = "criteria", nullable = false)
    String criteria;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected ReviewChecklistJpaEntity() {
    }
}

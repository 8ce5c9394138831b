package se.esp.adapter.persistence.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The row of {@code fee_schedule}: the schedule as a JSON document ({@link FeeScheduleDocument}). */
@Entity
@Table(name = "fee_schedule")
public class FeeScheduleJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "singleton", nullable = false, updatable = false)
    int singleton = 1;

    @Lob
    @Column(name = "document", nullable = false)
    String document;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected FeeScheduleJpaEntity() {
    }

    FeeScheduleJpaEntity(String id, String document) {
        this.id = id;
        this.document = document;
    }

    /**
     * Replaces the document. A method of the entity, not a field write from the repository: inside the server
     * EclipseLink weaves the entity for change tracking, and only the entity's own writes are seen.
     */
    void replaceDocument(String newDocument) {
        this.document = newDocument;
    }
}

package se.esp.adapter.persistence.credential;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.packaging.MicroCredentialRef;

/** A row of {@code credential_definition}. */
@Entity
@Table(name = "credential_definition")
public class CredentialDefinitionJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "code", length = 60, nullable = false, updatable = false)
    String code;

    @Lob
    @Column(name = "versions", nullable = false)
    String versions;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected CredentialDefinitionJpaEntity() {
    }

    static CredentialDefinitionJpaEntity newRow(CredentialDefinition definition) {
        CredentialDefinitionJpaEntity row = new CredentialDefinitionJpaEntity();
        row.id = definition.id().toString();
        row.code = definition.code().code();
        row.versions = DefinitionVersionsJson.write(definition.versions());
        return row;
    }

    CredentialDefinition toDomain() {
        return CredentialDefinition.reconstitute(new CredentialDefinitionId(UUID.fromString(id)),
                new MicroCredentialRef(code), DefinitionVersionsJson.read(versions), version);
    }
}

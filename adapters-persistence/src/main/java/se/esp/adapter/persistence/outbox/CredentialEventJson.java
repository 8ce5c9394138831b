package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import se.esp.domain.credential.CredentialDefinitionEvent;
import se.esp.domain.credential.CredentialDefinitionPublished;
import se.esp.domain.credential.CredentialEvent;
import se.esp.domain.credential.CredentialIssued;
import se.esp.domain.credential.CredentialRevoked;

/**
 * Payloads of the micro-credential events, schema version 1: ids, codes and version numbers. The holder is named by
 * participant id only; who that is stays behind the API's access checks.
 */
final class CredentialEventJson {

    private CredentialEventJson() {
    }

    static SerializedEvent serialize(CredentialDefinitionEvent event) {
        if (event instanceof CredentialDefinitionPublished published) {
            return new SerializedEvent("CredentialDefinitionPublished", 1, "CredentialDefinition",
                    JSON.createObjectBuilder()
                            .add("definitionId", published.definitionId().toString())
                            .add("code", published.code())
                            .add("definitionVersion", published.definitionVersion())
                            .build().toString());
        }
        throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
    }

    static SerializedEvent serialize(CredentialEvent event) {
        if (event instanceof CredentialIssued issued) {
            return new SerializedEvent("CredentialIssued", 1, "Credential", JSON.createObjectBuilder()
                    .add("credentialId", issued.credentialId().toString())
                    .add("definitionId", issued.definitionId().toString())
                    .add("code", issued.code())
                    .add("definitionVersion", issued.definitionVersion())
                    .add("participantId", issued.participant().toString())
                    .add("deliveryId", issued.delivery().toString())
                    .build().toString());
        }
        if (event instanceof CredentialRevoked revoked) {
            return new SerializedEvent("CredentialRevoked", 1, "Credential", JSON.createObjectBuilder()
                    .add("credentialId", revoked.credentialId().toString())
                    .add("reason", revoked.reason())
                    .build().toString());
        }
        throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
    }
}

package se.esp.adapter.persistence.credential;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.CredentialSigningKeys;

/**
 * Signing keys in {@code credential_signing_key}, the private key encrypted with the personal-data cipher (bound to
 * the key id, so a cipher text copied to another row does not decrypt).
 */
public final class JpaCredentialSigningKeys implements CredentialSigningKeys {

    private final JpaStorage storage;
    private final PersonalDataCipher cipher;

    public JpaCredentialSigningKeys(JpaStorage storage, PersonalDataCipher cipher) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public List<StoredKey> all() {
        return storage.entityManager().createQuery(
                        "select k from CredentialSigningKeyJpaEntity k order by k.generation",
                        CredentialSigningKeyJpaEntity.class).getResultList().stream()
                .map(k -> new StoredKey(k.keyId, k.publicKey, cipher.decrypt(k.privateKey, context(k.keyId)),
                        k.createdAt))
                .toList();
    }

    @Override
    public boolean addFirst(StoredKey key) {
        EntityManager entityManager = storage.entityManager();
        if (!entityManager.createQuery("select k.keyId from CredentialSigningKeyJpaEntity k where k.generation = 1",
                String.class).getResultList().isEmpty()) {
            return false;
        }
        CredentialSigningKeyJpaEntity row = new CredentialSigningKeyJpaEntity();
        row.keyId = key.keyId();
        row.generation = 1;
        row.publicKey = key.publicKey();
        row.privateKey = cipher.encrypt(key.privateKey(), context(key.keyId()));
        row.createdAt = key.createdAt();
        entityManager.persist(row);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
        return true;
    }

    private static String context(String keyId) {
        return "credential_signing_key:" + keyId;
    }
}

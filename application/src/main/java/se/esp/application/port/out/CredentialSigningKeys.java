package se.esp.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The owner's credential signing keys the platform generated itself, shared by every server on the same storage.
 * Keys are never changed or removed: an older key stays so that credentials it signed still verify. The storage
 * protects the private key at rest; callers see it in the clear.
 */
public interface CredentialSigningKeys {

    /**
     * One key pair.
     *
     * @param keyId      the key id a signature names ({@code kid})
     * @param publicKey  the public key as a JWK (JSON text)
     * @param privateKey the private key as a JWK (JSON text)
     */
    record StoredKey(String keyId, String publicKey, String privateKey, Instant createdAt) {

        public StoredKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        @Override
        public String toString() {
            return "StoredKey[" + keyId + ", created " + createdAt + "]";
        }
    }

    /** Every stored key, oldest first; the last one signs. */
    List<StoredKey> all();

    /**
     * Stores the first key, unless a first key is stored already (another server may have generated one at the same
     * time): exactly one wins.
     *
     * @return whether this key was stored
     */
    boolean addFirst(StoredKey key);
}

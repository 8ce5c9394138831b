package se.esp.adapter.persistence.participant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest with AES-256-GCM from the JDK: a fresh random 96-bit nonce per value, a 128-bit
 * tag, and the row's id as associated data, so a value copied into another row does not decrypt. Stored as
 * {@code v1:<base64 of nonce + ciphertext + tag>}; the prefix leaves room for key rotation.
 *
 * <p>The key comes from configuration ({@code ESP_PERSONAL_DATA_KEY}, 32 bytes in base64); it is never in the
 * database and never in the repository, except the clearly marked demo key of the demo run.</p>
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /**
     * One cipher per thread, initialised afresh for every value: {@code Cipher.getInstance} walks the security
     * providers on every call, a third of an encryption's time in the load benchmark's recording. A cipher is not
     * safe for threads, and {@code init} resets it whatever it did before (a value that failed to decrypt too).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no " + TRANSFORMATION, e);
        }
    });

    private final SecretKeySpec key;

    public PersonalDataCipher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new IllegalArgumentException("the personal-data key must be 32 bytes (AES-256), not " + key.length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "AES");
    }

    /** @param base64 32 bytes in base64, e.g. from {@code openssl rand -base64 32} */
    public static PersonalDataCipher fromBase64(String base64) {
        try {
            return new PersonalDataCipher(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal-data key is not 32 bytes in base64", e);
        }
    }

    /** A key that lives as long as this object: for tests and storage that does not outlive the JVM. */
    public static PersonalDataCipher withRandomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new PersonalDataCipher(key);
    }

    /** @param context binds the value to its row (the participant id); the same context is needed to decrypt */
    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt personal data", e);
        }
    }

    /** @throws IllegalStateException if the value was not encrypted with this key for this context */
    public String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("stored personal data is not in a known encrypted form");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no detail: the message must not help anyone guess, and the value is personal data
            throw new IllegalStateException("stored personal data could not be decrypted with the configured key");
        }
    }
}

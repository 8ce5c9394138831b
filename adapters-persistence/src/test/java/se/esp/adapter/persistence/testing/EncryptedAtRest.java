package se.esp.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Asserts that a stored value is sealed ({@code v1:} and base64) and holds none of the given plaintexts, neither
 * as text nor in its decoded bytes (which also catches a value that is only base64-encoded, not encrypted).
 *
 * <p>Only whole values are looked for: the stored value is random (a fresh nonce each time) and may contain any
 * short run of characters by chance, such as the last four digits of an identity number in one run in a few
 * hundred thousand. A plaintext of ten characters or more turns up by chance practically never.</p>
 */
public final class EncryptedAtRest {

    private EncryptedAtRest() {
    }

    public static void assertSealedWithout(String stored, String... plaintexts) {
        assertThat(stored).startsWith("v1:");
        byte[] decoded = Base64.getDecoder().decode(stored.substring("v1:".length()));
        for (String plaintext : plaintexts) {
            assertThat(plaintext).as("long enough not to turn up in random bytes by chance").hasSizeGreaterThan(9);
            assertThat(stored).doesNotContain(plaintext);
            assertThat(indexOf(decoded, plaintext.getBytes(StandardCharsets.UTF_8)))
                    .as("the decoded value contains %s", plaintext).isNegative();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package se.esp.adapter.persistence.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final PersonalDataCipher cipher = PersonalDataCipher.withRandomKey();

    @Test
    void decryptsWhatItEncryptedForTheSameRow() {
        String sealed = cipher.encrypt("198112189876", "row-1");

        assertSealedWithout(sealed, "198112189876", "8112189876");
        assertThat(cipher.decrypt(sealed, "row-1")).isEqualTo("198112189876");
    }

    @Test
    void aValueCopiedIntoAnotherRowDoesNotDecrypt() {
        String sealed = cipher.encrypt("198112189876", "row-1");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "row-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueOrAnotherKeyDoesNotDecryptAndTheFailureRevealsNothing() {
        String sealed = cipher.encrypt("198112189876", "row-1");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered, "row-1"))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("9876"));
        assertThatThrownBy(() -> PersonalDataCipher.withRandomKey().decrypt(sealed, "row-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> PersonalDataCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package se.esp.adapter.persistence.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** A thread's cipher is shared by every key and reused after a failure; each value still seals as its own. */
    @Test
    void oneThreadAlternatingKeysAndFailuresStillSealsEachValueForItsKey() {
        PersonalDataCipher other = PersonalDataCipher.withRandomKey();
        String first = cipher.encrypt("198112189876", "row-1");
        assertThatThrownBy(() -> other.decrypt(first, "row-1")).isInstanceOf(IllegalStateException.class);
        String second = other.encrypt("194910212458", "row-1");
        String again = cipher.encrypt("198112189876", "row-1");

        assertThat(cipher.decrypt(first, "row-1")).isEqualTo("198112189876");
        assertThat(other.decrypt(second, "row-1")).isEqualTo("194910212458");
        assertThat(again).as("a fresh nonce per value").isNotEqualTo(first);
        assertThat(cipher.decrypt(again, "row-1")).isEqualTo("198112189876");
    }

    @Test
    void threadsEncryptingAtOnceEachGetTheirOwnValuesBack() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Callable<Integer> round = () -> {
                    int checked = 0;
                    for (int i = 0; i < 2_000; i++) {
                        String value = "value-" + thread + "-" + i;
                        String sealed = cipher.encrypt(value, "row-" + i);
                        assertThat(cipher.decrypt(sealed, "row-" + i)).isEqualTo(value);
                        checked++;
                    }
                    return checked;
                };
                rounds.add(threads.submit(round));
            }
            for (Future<Integer> round : rounds) {
                assertThat(round.get()).isEqualTo(2_000);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esp.application.port.out.CredentialSigningKeys;
import se.esp.application.port.out.Transactions;

class OwnerSigningKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);

    /** One storage shared by "servers", as the database is. */
    private final SharedKeys storage = new SharedKeys();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndEveryServerSignsWithIt() {
        OwnerSigningKeys first = OwnerSigningKeys.resolve(null, null, storage, transactions, CLOCK);
        OwnerSigningKeys afterRestart = OwnerSigningKeys.resolve(" ", null, storage, transactions, CLOCK);

        assertThat(storage.keys).hasSize(1);
        assertThat(first.signing().isPrivate()).isTrue();
        assertThat(first.signing().size()).isEqualTo(2048);
        assertThat(afterRestart.signing()).isEqualTo(first.signing());
        assertThat(storage.keys.get(0).publicKey()).doesNotContain("\"d\"");
        assertThat(first.publicKeys().getKeys()).singleElement()
                .satisfies(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void whenAnotherServerStoredItsKeyFirstThatOneSigns() {
        OwnerSigningKeys other = OwnerSigningKeys.resolve(null, null, storage, transactions, CLOCK);
        SharedKeys racing = new SharedKeys() {
            private boolean seenEmpty;

            @Override
            public List<StoredKey> all() {
                if (!seenEmpty) {
                    seenEmpty = true;
                    return List.of(); // read before the other server's key arrived
                }
                return storage.all();
            }

            @Override
            public boolean addFirst(StoredKey key) {
                return storage.addFirst(key);
            }
        };

        OwnerSigningKeys late = OwnerSigningKeys.resolve(null, null, racing, transactions, CLOCK);

        assertThat(late.signing()).isEqualTo(other.signing());
        assertThat(storage.keys).hasSize(1);
    }

    @Test
    void aConfiguredPemKeySignsAndTheGeneratedOneStaysPublished(@TempDir Path dir) throws Exception {
        OwnerSigningKeys generated = OwnerSigningKeys.resolve(null, null, storage, transactions, CLOCK);
        RSAKey operators = new RSAKeyGenerator(2048).generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(operators.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path file = Files.writeString(dir.resolve("signing.pem"), pem);

        OwnerSigningKeys inline = OwnerSigningKeys.resolve(pem, "owner-2027", storage, transactions, CLOCK);
        OwnerSigningKeys fromFile = OwnerSigningKeys.resolve(file.toString(), null, storage, transactions, CLOCK);

        assertThat(inline.signing().getKeyID()).isEqualTo("owner-2027");
        assertThat(inline.signing().toRSAPublicKey()).isEqualTo(operators.toRSAPublicKey());
        assertThat(fromFile.signing().getKeyID()).isEqualTo(operators.computeThumbprint().toString());
        String generatedId = generated.signing().getKeyID();
        assertThat(inline.publicKeys().getKeys()).extracting(k -> k.getKeyID())
                .containsExactly("owner-2027", generatedId);
        assertThat(inline.publicKey(generatedId)).isEqualTo(generated.signing().toPublicJWK());
        assertThat(storage.keys).as("a configured key is not stored").hasSize(1);
    }

    @Test
    void aConfiguredJwkSignsWithItsOwnKeyId() throws Exception {
        RSAKey operators = new RSAKeyGenerator(2048).keyID("jwk-1").generate();

        OwnerSigningKeys keys = OwnerSigningKeys.resolve(operators.toJSONString(), null, storage, transactions, CLOCK);

        assertThat(keys.signing()).extracting(RSAKey::getKeyID).isEqualTo("jwk-1");
        assertThat(keys.signing().toRSAPrivateKey()).isEqualTo(operators.toRSAPrivateKey());
        assertThat(storage.keys).as("nothing generated").isEmpty();
    }

    @Test
    void aPublicOrWeakOrUnreadableConfiguredKeyStopsTheStart() throws Exception {
        RSAKey operators = new RSAKeyGenerator(2048).generate();
        RSAKey weak = new RSAKeyGenerator(1024, true).generate();

        assertThatThrownBy(() -> OwnerSigningKeys.resolve(operators.toPublicJWK().toJSONString(), null, storage,
                transactions, CLOCK)).hasMessageContaining("private key");
        assertThatThrownBy(() -> OwnerSigningKeys.resolve(weak.toJSONString(), null, storage, transactions, CLOCK))
                .hasMessageContaining("1024 bits");
        assertThatThrownBy(() -> OwnerSigningKeys.resolve("/no/such/key.pem", null, storage, transactions, CLOCK))
                .hasMessageContaining("readable file");
        assertThatThrownBy(() -> OwnerSigningKeys.resolve("-----BEGIN PRIVATE KEY-----\nnot base64!\n"
                + "-----END PRIVATE KEY-----", null, storage, transactions, CLOCK))
                .hasMessageContaining("not an RSA private key");
    }

    private static class SharedKeys implements CredentialSigningKeys {

        final List<StoredKey> keys = new ArrayList<>();

        @Override
        public List<StoredKey> all() {
            return List.copyOf(keys);
        }

        @Override
        public boolean addFirst(StoredKey key) {
            if (!keys.isEmpty()) {
                return false;
            }
            return keys.add(key);
        }
    }
}

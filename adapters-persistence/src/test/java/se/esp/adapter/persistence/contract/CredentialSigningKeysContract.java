package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.CredentialSigningKeys;
import se.esp.application.port.out.CredentialSigningKeys.StoredKey;
import se.esp.application.port.out.Transactions;

/** What every implementation of {@link CredentialSigningKeys} guarantees. */
public abstract class CredentialSigningKeysContract {

    private static final Instant AT = Instant.parse("2027-02-15T10:00:00.123456Z");

    private CredentialSigningKeys keys;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        keys = adapters.credentialSigningKeys();
        transactions = adapters.transactions();
    }

    @Test
    void storesTheFirstKeyAndGivesItBackWhole() {
        StoredKey key = new StoredKey("k-1", "{\"kty\":\"RSA\",\"n\":\"abc\"}", "{\"kty\":\"RSA\",\"d\":\"secret\"}", AT);

        assertThat(transactions.inTransaction(() -> keys.addFirst(key))).isTrue();

        assertThat(transactions.inTransaction(keys::all)).containsExactly(key);
    }

    @Test
    void aSecondFirstKeyIsNotStored() {
        StoredKey first = new StoredKey("k-1", "{\"n\":\"1\"}", "{\"d\":\"1\"}", AT);
        StoredKey second = new StoredKey("k-2", "{\"n\":\"2\"}", "{\"d\":\"2\"}", AT.plusSeconds(1));
        transactions.inTransaction(() -> keys.addFirst(first));

        assertThat(transactions.inTransaction(() -> keys.addFirst(second))).isFalse();

        assertThat(transactions.inTransaction(keys::all)).containsExactly(first);
    }

    @Test
    void noKeyUntilOneIsAdded() {
        assertThat(transactions.inTransaction(keys::all)).isEmpty();
    }
}

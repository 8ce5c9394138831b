package se.esp.adapter.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The simple in-memory stores keep what a transaction commits and put back what a failed one changed. */
class InMemoryStoresTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final Names names = transactions.register(new Names());
    private final Counts counts = transactions.register(new Counts());

    @Test
    void keepsWhatATransactionCommits() {
        change("first", 1);

        assertThat(names.all()).containsExactly("first");
        assertThat(counts.all()).containsExactlyEntriesOf(Map.of("first", 1));
    }

    @Test
    void putsBackEveryStoreAsItWasWhenATransactionFails() {
        change("kept", 1);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            names.add("lost");
            names.removeFirst();
            counts.put("kept", 2);
            counts.put("lost", 3);
            throw new IllegalStateException("fails after the changes");
        })).hasMessage("fails after the changes");

        assertThat(names.all()).containsExactly("kept");
        assertThat(counts.all()).containsExactlyEntriesOf(Map.of("kept", 1));
    }

    @Test
    void aSnapshotDoesNotFollowLaterChanges() {
        change("before", 1);
        Object namesBefore = names.snapshot();
        Object countsBefore = counts.snapshot();
        change("after", 2);

        names.restore(namesBefore);
        counts.restore(countsBefore);

        assertThat(names.all()).containsExactly("before");
        assertThat(counts.all()).containsExactlyEntriesOf(Map.of("before", 1));
    }

    private void change(String name, int count) {
        transactions.inTransaction(() -> {
            names.add(name);
            counts.put(name, count);
            return null;
        });
    }

    private static final class Names extends InMemoryListStore<String> {

        synchronized void add(String name) {
            rows().add(name);
        }

        synchronized void removeFirst() {
            rows().remove(0);
        }

        synchronized List<String> all() {
            return List.copyOf(rows());
        }
    }

    private static final class Counts extends InMemoryMapStore<String, Integer> {

        synchronized void put(String name, int count) {
            rows().put(name, count);
        }

        synchronized Map<String, Integer> all() {
            return Map.copyOf(rows());
        }
    }
}

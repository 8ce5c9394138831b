package se.esp.adapter.web.json;

import java.util.List;
import java.util.function.Function;

import se.esp.application.paging.Page;

/**
 * The paging envelope of every listing: {@code items}, {@code page} (from 0), {@code size}, {@code totalItems},
 * {@code totalPages}. Each area keeps its own record for it, so the document names each listing's component
 * ({@code OrganisationPage}, {@code DeliveryPage}, …); this fills any of them from a {@link Page} in one way.
 */
public final class Paging {

    /** A listing's envelope record, by its canonical constructor ({@code OrganisationPage::new}). */
    @FunctionalInterface
    public interface Envelope<V, E> {
        E of(List<V> items, int page, int size, long totalItems, int totalPages);
    }

    private Paging() {
    }

    /** The page's items through {@code view}, with the page's place in the whole listing. */
    public static <T, V, E> E envelope(Page<T> page, Function<? super T, ? extends V> view, Envelope<V, E> envelope) {
        List<V> items = page.items().stream().<V>map(view).toList();
        return envelope.of(items, page.request().page(), page.request().size(), page.totalItems(), page.totalPages());
    }
}

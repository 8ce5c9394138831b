package se.esp.application.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and the size of the whole listing. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + request.size() - 1) / request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), request, totalItems);
    }
}

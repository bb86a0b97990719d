package io.shoppable.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a longer list.
 *
 * @param items   the slice, in the list's order
 * @param total   how many items the whole list has
 * @param request the slice that was asked for
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the page size " + items.size());
        }
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public boolean hasPrevious() {
        return request.offset() > 0;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}

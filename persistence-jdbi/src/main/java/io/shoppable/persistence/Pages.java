package io.shoppable.persistence;

import java.util.List;
import java.util.function.LongSupplier;

import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads one page of a list together with the list's length. Page queries select
 * {@code count(*) OVER () AS total} and take {@code :limit} and {@code :offset}, so items and total
 * come from one snapshot; only a page past the end needs a second statement to count.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Runs {@code query} for {@code request} and maps each row with {@code row}.
     *
     * @param countAll counts the whole list; called only when the page is empty and not the first
     */
    public static <T> Page<T> page(Query query, RowMapper<T> row, PageRequest request, LongSupplier countAll) {
        List<Counted<T>> rows = query
                .bind("limit", request.limit())
                .bind("offset", request.offset())
                .map((rs, ctx) -> new Counted<>(row.map(rs, ctx), rs.getLong("total")))
                .list();
        long total;
        if (!rows.isEmpty()) {
            total = rows.get(0).total();
        } else {
            total = request.offset() == 0 ? 0 : countAll.getAsLong();
        }
        return new Page<>(rows.stream().map(Counted::item).toList(), total, request);
    }

    private record Counted<T>(T item, long total) {
    }
}

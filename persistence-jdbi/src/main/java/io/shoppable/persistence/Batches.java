package io.shoppable.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The ports' batch reads ({@code findAll(ids)}): one statement whose {@code = ANY(:param)} takes every id,
 * rows keyed as the port answers them. Unknown ids are simply absent; no ids cost no statement.
 */
public final class Batches {

    private Batches() {
    }

    /** Reads on this thread's handle (joining an open transaction), translating what the database refuses. */
    public static <I, T, K> Map<K, T> byIds(Jdbi jdbi, String sql, String param, Collection<I> ids,
                                            ToLongFunction<I> idValue, RowMapper<T> row, Function<T, K> key) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> byIds(handle, sql, param, ids, idValue, row, key));
    }

    /** The same on a handle the caller already holds. */
    public static <I, T, K> Map<K, T> byIds(Handle handle, String sql, String param, Collection<I> ids,
                                            ToLongFunction<I> idValue, RowMapper<T> row, Function<T, K> key) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return handle.createQuery(sql)
                .bindArray(param, Long.class, ids.stream().map(idValue::applyAsLong).toList())
                .map(row)
                .list().stream()
                .collect(Collectors.toMap(key, Function.identity()));
    }
}

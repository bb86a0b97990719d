package io.shoppable.persistence;

import org.jdbi.v3.core.Jdbi;

/**
 * The catalogue version: the {@code catalogue_version} sequence, advanced by every statement that may change
 * which videos are visible, how the feed's cached lists order them, or what a feed card shows besides its
 * counters (changesets 0080 and 0082, decisions D60 and D61). Per-node caches compare it to decide whether
 * what they hold may still be used.
 */
public final class CatalogueVersion {

    /** The version as a scalar subquery: 0 until the sequence is first advanced. */
    public static final String VALUE = "(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM catalogue_version)";

    private CatalogueVersion() {
    }

    public static long read(Jdbi jdbi) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery("SELECT " + VALUE)
                .mapTo(Long.class).one());
    }
}

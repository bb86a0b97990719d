package io.shoppable.persistence.recommendation;

import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;

/**
 * The catalogue version: the {@code catalogue_version} sequence, advanced by every statement that may change
 * which videos are visible or how the feed's cached lists order them (changeset 0080, decision D60).
 */
final class CatalogueVersion {

    /** The version as a scalar subquery: 0 until the sequence is first advanced. */
    static final String VALUE = "(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM catalogue_version)";

    private CatalogueVersion() {
    }

    static long read(Jdbi jdbi) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery("SELECT " + VALUE)
                .mapTo(Long.class).one());
    }
}

package io.shoppable.domain.shared;

/**
 * Which slice of a list to return: at most {@code limit} items after skipping {@code offset}.
 *
 * @param limit  1..{@value #MAX_LIMIT}
 * @param offset 0 or more
 */
public record PageRequest(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Invalid.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw Invalid.field("offset", "must not be negative");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }
}

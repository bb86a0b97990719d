package io.shoppable.persistence;

import io.shoppable.domain.shared.Conflict;

import java.util.function.IntSupplier;

/**
 * A toggle of a row's presence (a like, a save, a follow) that flips it exactly once, however concurrent
 * toggles of the same row interleave. The insert skips an existing row ({@code ON CONFLICT DO NOTHING}) and
 * the delete removes it; when a concurrent toggle deleted the row between the two, the delete finds nothing
 * and the insert is tried again on a fresh snapshot, instead of counting the toggle as a no-op (which lost
 * one of two simultaneous toggles: both "unliked", the second changing nothing).
 */
public final class Toggles {

    /** Each failed attempt means another toggle of the same row committed meanwhile; this many is pathological. */
    private static final int MAX_ATTEMPTS = 32;

    private Toggles() {
    }

    /**
     * Runs {@code insert}, else {@code delete}, until one changes a row.
     *
     * @return how the row's counter moves: +1 when inserted, -1 when deleted
     * @throws Conflict when concurrent toggles of the same row kept winning the race
     */
    public static int flip(IntSupplier insert, IntSupplier delete) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (insert.getAsInt() == 1) {
                return 1;
            }
            if (delete.getAsInt() == 1) {
                return -1;
            }
        }
        throw new Conflict("toggle_contended", "too many simultaneous toggles of the same item; try again");
    }
}

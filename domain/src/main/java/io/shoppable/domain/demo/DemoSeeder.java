package io.shoppable.domain.demo;

/**
 * Loads generated demo data in bulk, for demos and benchmarks. The same scale and seed always generate
 * the same rows; a database that already holds them is left alone.
 */
public interface DemoSeeder {

    /**
     * Loads the scale's data generated from {@code seed} in one transaction, reporting progress as it
     * goes, unless this scale and seed were loaded before.
     *
     * @return what was done
     * @throws io.shoppable.domain.shared.Conflict {@code demo_seeded} when other demo data is already loaded
     */
    DemoSeeding seed(DemoScale scale, long seed, Progress progress);

    /** Told how far the load is, table by table. */
    @FunctionalInterface
    interface Progress {
        void advanced(String table, long done, long total);
    }
}

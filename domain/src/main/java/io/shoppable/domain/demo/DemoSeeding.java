package io.shoppable.domain.demo;

/**
 * The outcome of a demo load.
 *
 * @param alreadyLoaded true when this scale and seed were loaded before and nothing was written
 * @param rows          rows written (0 when already loaded)
 */
public record DemoSeeding(DemoScale scale, long seed, boolean alreadyLoaded, long rows) {
}

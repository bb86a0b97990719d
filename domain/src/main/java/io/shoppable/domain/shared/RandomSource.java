package io.shoppable.domain.shared;

import java.util.random.RandomGenerator;

/**
 * Where randomness comes from. The same seed always gives the same sequence, so a feed built for a
 * user, session and day can be rebuilt exactly and tests can state exact results.
 */
public interface RandomSource {

    /** A fresh generator for {@code seed}; two calls with one seed produce the same numbers. */
    RandomGenerator seeded(long seed);
}

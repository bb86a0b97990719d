package io.shoppable.testing;

import io.shoppable.domain.shared.RandomSource;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** A {@link RandomSource} whose sequence depends only on the seed, as production's must. */
public final class SeededRandomSource implements RandomSource {

    @Override
    public RandomGenerator seeded(long seed) {
        return new SplittableRandom(seed);
    }
}

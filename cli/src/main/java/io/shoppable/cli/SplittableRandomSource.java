package io.shoppable.cli;

import io.shoppable.domain.shared.RandomSource;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Production randomness: a {@link SplittableRandom} per seed, so one seed always gives one sequence. */
final class SplittableRandomSource implements RandomSource {

    @Override
    public RandomGenerator seeded(long seed) {
        return new SplittableRandom(seed);
    }
}

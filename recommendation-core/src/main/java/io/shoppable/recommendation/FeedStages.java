package io.shoppable.recommendation;

import java.util.function.Supplier;

/**
 * Watches the stages of building a feed page, so an adapter can time them (metrics) without the engine
 * knowing how. {@link #NONE} runs each stage and watches nothing.
 */
public interface FeedStages {

    /** Runs every stage as is. */
    FeedStages NONE = new FeedStages() {
        @Override
        public <T> T run(Stage stage, Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs {@code work}, the given stage of one feed page, and answers its result. */
    <T> T run(Stage stage, Supplier<T> work);

    /** The stages of one feed page, in order. */
    enum Stage {
        /** Reading the viewer's signals and the candidate videos from storage. */
        LOAD_SIGNALS,
        /** Profile, candidates, scores and the 60/20/20 mix, in memory. */
        RANK
    }
}

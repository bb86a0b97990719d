package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/**
 * Stage 2, one source: picks its proposals from the loaded batch, best first. The storage adapter has
 * already bounded each source's list with an indexed query; a source here keeps what fits the profile.
 */
public interface CandidateSource {

    SourceKind kind();

    /** The name shown in score breakdowns. */
    default String name() {
        return kind().label();
    }

    List<VideoFacts> propose(Signals signals, UserProfile profile);
}

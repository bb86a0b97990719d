package io.shoppable.recommendation.candidates;

import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;

/** Videos by creators the viewer follows. */
public final class FollowingSource implements CandidateSource {

    @Override
    public SourceKind kind() {
        return SourceKind.FOLLOWING;
    }

    @Override
    public List<VideoFacts> propose(Signals signals, UserProfile profile) {
        return signals.proposedBy(kind()).stream().filter(video -> profile.follows(video.owner())).toList();
    }
}

package io.shoppable.recommendation.candidates;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Stage 2: asks every source and merges their proposals into one pool of at most {@code size} videos.
 * The sources take turns (each one's best, then each one's second best, ...), so a full pool still holds
 * something from every source; a video proposed twice is one candidate remembering both sources.
 */
public final class CandidatePool {

    private final List<CandidateSource> sources;
    private final int size;

    public CandidatePool(List<CandidateSource> sources, int size) {
        this.sources = List.copyOf(sources);
        this.size = size;
    }

    /** The five sources of the spec: interest, following, similar tags, trending, recency. */
    public static List<CandidateSource> specSources() {
        return List.of(new InterestSource(), new FollowingSource(), new SimilarTagsSource(), new TrendingSource(),
                new RecentSource());
    }

    public String name() {
        return "candidates";
    }

    public List<Candidate> gather(Signals signals, UserProfile profile) {
        var proposals = new ArrayList<List<VideoFacts>>();
        for (var source : sources) {
            proposals.add(source.propose(signals, profile));
        }
        var merged = new LinkedHashMap<VideoId, VideoFacts>();
        var proposers = new LinkedHashMap<VideoId, Set<SourceKind>>();
        int longest = proposals.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < longest; rank++) {
            for (int s = 0; s < sources.size(); s++) {
                var list = proposals.get(s);
                if (rank >= list.size()) {
                    continue;
                }
                var video = list.get(rank);
                if (merged.containsKey(video.id()) || merged.size() < size) {
                    merged.putIfAbsent(video.id(), video);
                    proposers.computeIfAbsent(video.id(), id -> EnumSet.noneOf(SourceKind.class))
                            .add(sources.get(s).kind());
                }
            }
        }
        return merged.values().stream().map(video -> new Candidate(video, proposers.get(video.id()))).toList();
    }
}

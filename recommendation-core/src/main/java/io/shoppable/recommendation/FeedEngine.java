package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.RandomSource;
import io.shoppable.recommendation.candidates.Candidate;
import io.shoppable.recommendation.candidates.CandidatePool;
import io.shoppable.recommendation.mixing.DiversityWindow;
import io.shoppable.recommendation.mixing.MixedItem;
import io.shoppable.recommendation.mixing.Mixer;
import io.shoppable.recommendation.mixing.Slot;
import io.shoppable.recommendation.profile.ProfileBuilder;
import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.scoring.ScoredCandidate;
import io.shoppable.recommendation.scoring.Scorer;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The feed, ranked without I/O: profile, then candidates, then scores, then the 60/20/20 mix under the
 * diversity rules, then the requested page. Videos the session served are never ranked again; videos the
 * viewer saw recently come back, least recently seen first, only once every unseen candidate is used up.
 * The same request and signals always give the same page.
 */
public final class FeedEngine {

    private final RecommendationConfig config;
    private final ProfileBuilder profiles;
    private final CandidatePool pool;
    private final Scorer scorer;
    private final Mixer mixer;

    public FeedEngine(RecommendationConfig config, RandomSource random) {
        this.config = config;
        this.profiles = new ProfileBuilder(config);
        this.pool = new CandidatePool(CandidatePool.specSources(), config.pool().size());
        this.scorer = new Scorer(config, random);
        this.mixer = new Mixer(config.mix());
    }

    public FeedPage rank(FeedRequest request, Signals signals) {
        var profile = profiles.build(signals, request.now());
        var feedback = new NegativeFeedback(signals.dismissals(), config.quality(), request.now());
        Set<VideoId> served = new HashSet<>(request.served());
        var fresh = scored(pool.gather(signals, profile), request, served, feedback, profile);
        var window = new DiversityWindow(config.quality(), request.category().isEmpty(), request.tail());
        var mixed = new ArrayList<>(mixer.mix(fresh, request.limit(), window));
        if (mixed.size() < request.limit()) {
            var reseen = signals.proposedBy(SourceKind.RESEEN).stream()
                    .map(video -> new Candidate(video, Set.of(SourceKind.RESEEN)))
                    .toList();
            var queue = new ArrayList<>(scored(reseen, request, served, feedback, profile));
            while (mixed.size() < request.limit()) {
                var next = leastRelaxed(queue, window);
                if (next.isEmpty()) {
                    break;
                }
                queue.remove(next.get());
                window.place(next.get().candidate().video());
                mixed.add(new MixedItem(next.get(), Slot.DISCOVERY));
            }
        }
        var reasons = new Reasons(profile, likedPerCategory(signals));
        var page = mixed.stream()
                .map(item -> new RankedVideo(item.scored().candidate().video().id(), item.slot(),
                        item.scored().candidate().sources(), item.scored().score(), reasons.of(item)))
                .toList();
        return new FeedPage(page, page.size() < request.limit() ? Optional.empty()
                : Optional.of(next(request, page, window)));
    }

    /**
     * Scores the candidates the session may still show: not served, not muted, and not the viewer's own
     * unless offered as the last-resort fallback (decision D54).
     */
    private List<ScoredCandidate> scored(List<Candidate> candidates, FeedRequest request, Set<VideoId> served,
                                         NegativeFeedback feedback, UserProfile profile) {
        var scored = new ArrayList<ScoredCandidate>();
        var viewer = request.user().orElse(null);
        for (var candidate : candidates) {
            var video = candidate.video();
            double factor = feedback.factor(video);
            boolean ownCandidate = video.owner().equals(viewer) && !candidate.sources().contains(SourceKind.RESEEN);
            if (served.contains(video.id()) || ownCandidate || factor <= 0) {
                continue;
            }
            var score = scorer.score(candidate, profile, request.now(), request.seed());
            scored.add(factor >= 1 ? score : new ScoredCandidate(score.candidate(),
                    score.score().recovering(factor), score.personal(), score.fresh()));
        }
        return scored;
    }

    /** The first candidate the window allows at the strictest level any candidate passes. */
    private static Optional<ScoredCandidate> leastRelaxed(List<ScoredCandidate> queue, DiversityWindow window) {
        for (int relaxed = 0; relaxed < DiversityWindow.STRICTNESS; relaxed++) {
            int level = relaxed;
            var next = queue.stream().filter(scored -> window.allows(scored.candidate().video(), level)).findFirst();
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    private FeedCursor next(FeedRequest request, List<RankedVideo> page, DiversityWindow window) {
        var served = new ArrayList<>(request.served());
        page.forEach(item -> served.add(item.video()));
        int keep = config.quality().maxServed();
        var remembered = served.subList(Math.max(0, served.size() - keep), served.size());
        return new FeedCursor(request.page() + 1, request.seed(), request.now(), remembered, window.tail());
    }

    private static Map<CategoryId, Integer> likedPerCategory(Signals signals) {
        var liked = new HashMap<CategoryId, Set<VideoId>>();
        for (var event : signals.events()) {
            VideoFacts video = signals.videos().get(event.video());
            if (event.kind() == SignalKind.LIKE && video != null) {
                liked.computeIfAbsent(video.category(), category -> new HashSet<>()).add(video.id());
            }
        }
        var counts = new HashMap<CategoryId, Integer>();
        liked.forEach((category, videos) -> counts.put(category, videos.size()));
        return counts;
    }

    /** Words a position's reasons from the profile: the strongest first. */
    private record Reasons(UserProfile profile, Map<CategoryId, Integer> liked) {

        List<Reason> of(MixedItem item) {
            var video = item.scored().candidate().video();
            var sources = EnumSet.copyOf(item.scored().candidate().sources());
            var reasons = new ArrayList<Reason>();
            if (sources.contains(SourceKind.RESEEN)) {
                reasons.add(Reason.of(Reason.Kind.SEEN_BEFORE));
            }
            if (profile.session().touched(video.category())) {
                reasons.add(Reason.category(Reason.Kind.BROWSING_CATEGORY, video.category(), 0));
            }
            if (profile.matchedCategories().contains(video.category())) {
                int count = liked.getOrDefault(video.category(), 0);
                reasons.add(count > 0 ? Reason.category(Reason.Kind.LIKED_IN_CATEGORY, video.category(), count)
                        : Reason.category(Reason.Kind.INTERESTED_IN_CATEGORY, video.category(), 0));
            }
            var tags = video.tags().stream().filter(profile.matchedTags()::contains).toList();
            if (!tags.isEmpty()) {
                reasons.add(Reason.tags(tags));
            }
            if (profile.follows(video.owner())) {
                reasons.add(Reason.of(Reason.Kind.FOLLOWED_CREATOR));
            }
            if (sources.contains(SourceKind.TRENDING) && video.trendScore() > 0) {
                reasons.add(Reason.of(Reason.Kind.TRENDING));
            }
            if (item.scored().fresh()) {
                reasons.add(Reason.of(Reason.Kind.NEW));
            }
            if (reasons.isEmpty()) {
                reasons.add(Reason.of(Reason.Kind.DISCOVERY));
            }
            return reasons;
        }
    }
}

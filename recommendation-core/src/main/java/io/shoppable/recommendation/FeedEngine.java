package io.shoppable.recommendation;

import io.shoppable.domain.shared.RandomSource;
import io.shoppable.recommendation.candidates.CandidatePool;
import io.shoppable.recommendation.mixing.Mixer;
import io.shoppable.recommendation.profile.ProfileBuilder;
import io.shoppable.recommendation.scoring.Scorer;
import io.shoppable.recommendation.signals.Signals;

import java.util.Optional;

/**
 * The feed, ranked without I/O: profile, then candidates, then scores, then the 60/20/20 mix, then the
 * requested page. The same request and signals always give the same page.
 */
public final class FeedEngine {

    private final ProfileBuilder profiles;
    private final CandidatePool pool;
    private final Scorer scorer;
    private final Mixer mixer;

    public FeedEngine(RecommendationConfig config, RandomSource random) {
        this.profiles = new ProfileBuilder(config);
        this.pool = new CandidatePool(CandidatePool.specSources(), config.pool().size());
        this.scorer = new Scorer(config, random);
        this.mixer = new Mixer(config.mix());
    }

    public FeedPage rank(FeedRequest request, Signals signals) {
        var profile = profiles.build(signals, request.now());
        var scored = pool.gather(signals, profile).stream()
                .map(candidate -> scorer.score(candidate, profile, request.now(), request.seed()))
                .toList();
        // long arithmetic: a cursor may name any page, and a page past the pool is simply empty
        long from = (long) request.page() * request.limit();
        var mixed = mixer.mix(scored, (int) Math.min(Integer.MAX_VALUE, from + request.limit() + 1));
        var page = mixed.stream().skip(from).limit(request.limit())
                .map(item -> new RankedVideo(item.scored().candidate().video().id(), item.slot(),
                        item.scored().candidate().sources(), item.scored().score()))
                .toList();
        boolean more = mixed.size() > from + request.limit();
        return new FeedPage(page, more ? Optional.of(new FeedCursor(request.page(), request.seed()).next())
                : Optional.empty());
    }
}

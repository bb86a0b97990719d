package io.shoppable.benchmarks;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.FeedEngine;
import io.shoppable.recommendation.FeedPage;
import io.shoppable.recommendation.FeedRequest;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.profile.ProfileBuilder;
import io.shoppable.recommendation.profile.UserProfile;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The pure engine without I/O: ranking (score and 60/20/20 mix) of a pool of 100 candidates, and a
 * profile built from 1,000 events. Inputs are generated once from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    private static final int CATEGORIES = 20;
    private static final int TAGS = 200;

    private final RecommendationConfig config = RecommendationConfig.spec();
    private final FeedEngine engine = new FeedEngine(config, SplittableRandom::new);
    private final ProfileBuilder profiles = new ProfileBuilder(config);
    private FeedRequest request;
    private Signals hundredCandidates;
    private Signals thousandEvents;

    @Setup
    public void generate() {
        var random = new SplittableRandom(42);
        request = new FeedRequest("user:7", Optional.of(new UserId(7)), 20, Optional.empty(), NOW,
                FeedRequest.dailySeed("user:7", NOW));
        hundredCandidates = signals(random, 100, 200);
        thousandEvents = signals(random, 100, 1_000);
    }

    /** Score and mix a pool of 100 candidates for a viewer with 200 recent events. */
    @Benchmark
    public FeedPage rank_100_candidates() {
        return engine.rank(request, hundredCandidates);
    }

    /** Build a profile (categories, tags, creators, decayed) from 1,000 events. */
    @Benchmark
    public UserProfile profile_from_1000_events() {
        return profiles.build(thousandEvents, NOW);
    }

    private static Signals signals(SplittableRandom random, int candidates, int events) {
        var videos = new HashMap<VideoId, VideoFacts>();
        var proposals = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
        var sources = SourceKind.values();
        for (int i = 1; i <= candidates; i++) {
            var video = facts(random, i);
            videos.put(video.id(), video);
            proposals.computeIfAbsent(sources[i % sources.length], kind -> new ArrayList<>()).add(video.id());
        }
        var history = new ArrayList<SignalEvent>();
        var kinds = SignalKind.values();
        for (int i = 0; i < events; i++) {
            var video = facts(random, 10_000 + random.nextInt(2_000));
            videos.put(video.id(), video);
            var at = NOW.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            var kind = kinds[random.nextInt(kinds.length)];
            history.add(kind == SignalKind.WATCH_TIME
                    ? SignalEvent.watched(video.id(), at, 1 + random.nextInt(60))
                    : SignalEvent.of(kind, video.id(), at));
        }
        Set<UserId> followed = Set.of(new UserId(1), new UserId(2), new UserId(3));
        return new Signals(history, followed, proposals, videos);
    }

    private static VideoFacts facts(SplittableRandom random, long id) {
        var tags = List.of("tag" + random.nextInt(TAGS), "tag" + (TAGS + random.nextInt(TAGS)),
                "tag" + (2 * TAGS + random.nextInt(TAGS)));
        return new VideoFacts(new VideoId(id), new UserId(1 + random.nextInt(500)),
                new CategoryId(1 + random.nextInt(CATEGORIES)), tags, random.nextInt(10_000),
                random.nextInt(1_000), random.nextInt(100), random.nextDouble(),
                NOW.minus(Duration.ofHours(random.nextInt(24 * 30))));
    }
}

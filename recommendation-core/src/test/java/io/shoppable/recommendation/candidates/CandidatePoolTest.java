package io.shoppable.recommendation.candidates;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.profile.ProfileBuilder;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.shoppable.recommendation.Facts.BEAUTY;
import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class CandidatePoolTest {

    private final ProfileBuilder profiles = new ProfileBuilder(RecommendationConfig.spec());

    @Test
    void a_video_proposed_by_two_sources_is_one_candidate_remembering_both() {
        var liked = video(1).in(FASHION).tagged("summer").build();
        var both = video(2).in(FASHION).tagged("summer").trending(0.9).build();
        var signals = signals(List.of(SignalEvent.of(SignalKind.LIKE, v(1), NOW)), Set.of(),
                Map.of(SourceKind.INTEREST, List.of(both), SourceKind.TRENDING, List.of(both),
                        SourceKind.SIMILAR_TAGS, List.of(both)), liked);

        var pool = new CandidatePool(CandidatePool.specSources(), 100).gather(signals, profiles.build(signals, NOW));

        assertThat(pool).singleElement().satisfies(candidate -> {
            assertThat(candidate.video()).isEqualTo(both);
            assertThat(candidate.sources()).containsExactlyInAnyOrder(SourceKind.INTEREST, SourceKind.TRENDING,
                    SourceKind.SIMILAR_TAGS);
        });
    }

    @Test
    void sources_keep_only_what_fits_the_profile() {
        var liked = video(1).in(FASHION).tagged("summer").build();
        var fashion = video(2).in(FASHION).build();
        var beauty = video(3).in(BEAUTY).build();
        var followed = video(4).in(TECH).by(7).build();
        var stranger = video(5).in(TECH).by(8).build();
        var sharesTag = video(6).in(TECH).tagged("summer").build();
        var noTag = video(7).in(TECH).tagged("winter").build();
        var signals = signals(List.of(SignalEvent.of(SignalKind.LIKE, v(1), NOW)), Set.of(new UserId(7)),
                Map.of(SourceKind.INTEREST, List.of(fashion, beauty), SourceKind.FOLLOWING, List.of(followed, stranger),
                        SourceKind.SIMILAR_TAGS, List.of(sharesTag, noTag)), liked);

        var pool = new CandidatePool(CandidatePool.specSources(), 100).gather(signals, profiles.build(signals, NOW));

        assertThat(pool).extracting(candidate -> candidate.video().id()).containsExactly(v(2), v(4), v(6));
    }

    @Test
    void a_full_pool_takes_turns_between_sources() {
        var proposals = new EnumMap<SourceKind, List<VideoFacts>>(SourceKind.class);
        proposals.put(SourceKind.TRENDING, List.of(video(11).build(), video(12).build(), video(13).build()));
        proposals.put(SourceKind.RECENT, List.of(video(21).build(), video(22).build(), video(23).build()));
        var signals = signals(List.of(), Set.of(), proposals);

        var pool = new CandidatePool(CandidatePool.specSources(), 4).gather(signals, profiles.build(signals, NOW));

        assertThat(pool).extracting(candidate -> candidate.video().id().value()).containsExactly(11L, 21L, 12L, 22L);
    }

    static Signals signals(List<SignalEvent> events, Set<UserId> followed, Map<SourceKind, List<VideoFacts>> proposals,
                           VideoFacts... others) {
        var videos = new HashMap<VideoId, VideoFacts>();
        for (var other : others) {
            videos.put(other.id(), other);
        }
        var ids = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
        proposals.forEach((kind, list) -> {
            list.forEach(facts -> videos.put(facts.id(), facts));
            ids.put(kind, list.stream().map(VideoFacts::id).toList());
        });
        return new Signals(events, followed, ids, videos);
    }
}

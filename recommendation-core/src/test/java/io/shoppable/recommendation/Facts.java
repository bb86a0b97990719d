package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.signals.VideoFacts;

import java.time.Instant;
import java.util.List;

/** A builder of {@link VideoFacts} for engine tests: everything zero unless a test says otherwise. */
public final class Facts {

    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    public static final CategoryId FASHION = new CategoryId(1);
    public static final CategoryId TECH = new CategoryId(2);
    public static final CategoryId BEAUTY = new CategoryId(3);
    public static final CategoryId HOME = new CategoryId(4);
    public static final CategoryId SPORTS = new CategoryId(5);

    private long id = 1;
    private long owner = 100;
    private CategoryId category = FASHION;
    private List<String> tags = List.of();
    private long views;
    private long likes;
    private long shares;
    private double trend;
    private Instant createdAt = NOW.minusSeconds(30L * 86_400);

    public static Facts video(long id) {
        var facts = new Facts();
        facts.id = id;
        // one creator per video unless a test says otherwise, so diversity rules leave the order alone
        facts.owner = 1000 + id;
        return facts;
    }

    public Facts in(CategoryId value) {
        category = value;
        return this;
    }

    public Facts by(long value) {
        owner = value;
        return this;
    }

    public Facts tagged(String... values) {
        tags = List.of(values);
        return this;
    }

    public Facts counts(long viewCount, long likeCount, long shareCount) {
        views = viewCount;
        likes = likeCount;
        shares = shareCount;
        return this;
    }

    public Facts trending(double value) {
        trend = value;
        return this;
    }

    public Facts created(Instant value) {
        createdAt = value;
        return this;
    }

    public VideoFacts build() {
        return new VideoFacts(new VideoId(id), new UserId(owner), category, tags, views, likes, shares, trend,
                createdAt);
    }

    public static VideoId v(long id) {
        return new VideoId(id);
    }
}

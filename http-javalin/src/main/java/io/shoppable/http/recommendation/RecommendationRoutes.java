package io.shoppable.http.recommendation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.Viewer;
import io.shoppable.http.Api;
import io.shoppable.http.Params;
import io.shoppable.http.Urls;
import io.shoppable.http.content.VideoJson;
import io.shoppable.recommendation.FeedCursor;
import io.shoppable.recommendation.RankedVideo;
import io.shoppable.recommendation.signals.VideoFacts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recommendation endpoints under {@code /api/v1/shoppable-videos/}: the personalised feed,
 * more-like-this and also-watched. Each answers a plain JSON array of full videos.
 */
public final class RecommendationRoutes {

    private static final String VIDEOS = "/api/v1/shoppable-videos";
    private static final String VIDEO = VIDEOS + "/{id}";

    private final Api api;
    private final Recommendations recommendations;

    public RecommendationRoutes(Api api) {
        this.api = api;
        this.recommendations = api.recommendations();
    }

    public void register(RoutesConfig routes) {
        routes.get(VIDEOS, this::feed);
        routes.get(VIDEO + "/more-like-this", this::moreLikeThis);
        routes.get(VIDEO + "/also-watched", this::alsoWatched);
        routes.post(VIDEO + "/not-interested", this::notInterested);
        routes.delete(VIDEO + "/not-interested", this::undoNotInterested);
    }

    /**
     * {@code GET ?category={id}&limit=20&cursor=...&explain=true}: the ranked feed; {@code limit} defaults to
     * 20 and is capped at 50; the next page of the same session (never repeating a video) is in a
     * {@code Link: <...>; rel="next"} header; {@code explain=true} adds an {@code explain} object to each item.
     */
    private void feed(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var category = Params.queryId(ctx, "category").map(CategoryId::new);
        category.ifPresent(id -> api.categories().requireActive(id));
        var limits = recommendations.feed().limits();
        int limit = Math.min(limits.maxLimit(), limit(ctx, limits.defaultLimit()));
        boolean explain = explain(ctx);
        var cursor = recommendations.cursors().decode(ctx.queryParam("cursor"));
        var page = recommendations.feed().feed(viewer.sessionKey(), viewer.userId(), category, limit, cursor);
        page.next().ifPresent(next -> ctx.header("Link", "<" + nextPage(ctx, limit, next) + ">; rel=\"next\""));
        var rendered = render(ctx, viewer, page.ids());
        if (!explain) {
            ctx.json(rendered);
            return;
        }
        var byId = new HashMap<Long, RankedVideo>();
        page.items().forEach(item -> byId.put(item.video().value(), item));
        ctx.json(rendered.stream().map(json -> new ExplainJson(json,
                ExplainJson.Explain.of(byId.get(json.id()), json.categoryDetails().name()))).toList());
    }

    /**
     * {@code POST}: the member is not interested in the video: it never comes back, its creator and category
     * are muted and then recover. Idempotent; 404 for a video the member cannot see.
     */
    private void notInterested(Context ctx) {
        var member = api.identity().member(ctx);
        var video = api.videos().requireVisible(member, videoId(ctx));
        recommendations.feedback().notInterested(member.id(), video.id());
        ctx.json(Map.of("video_id", video.id().value(), "not_interested", true));
    }

    /** {@code DELETE}: undoes "not interested". Idempotent; 404 for an unknown video. */
    private void undoNotInterested(Context ctx) {
        var member = api.identity().member(ctx);
        var video = api.videos().require(videoId(ctx));
        recommendations.feedback().undoNotInterested(member.id(), video.id());
        ctx.json(Map.of("video_id", video.id().value(), "not_interested", false));
    }

    private static boolean explain(Context ctx) {
        var raw = ctx.queryParam("explain");
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw Invalid.field("explain", "must be true or false");
    }

    /** Up to 10 visible videos sharing tags or the category with the target; 404 for an unknown target. */
    private void moreLikeThis(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        ctx.json(render(ctx, viewer, recommendations.related().moreLikeThis(target(viewer, videoId(ctx)))));
    }

    /** Up to 10 visible videos engaged with by the target's audience, topped up by more-like-this. */
    private void alsoWatched(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        ctx.json(render(ctx, viewer, recommendations.related().alsoWatched(target(viewer, videoId(ctx)))));
    }

    /**
     * A related list's target: its facts alone when everyone may see it (the common case, one light read),
     * else the video as this viewer may see it (its owner and admins), or a 404.
     */
    private VideoFacts target(Viewer viewer, VideoId id) {
        return recommendations.related().visibleTarget(id)
                .orElseGet(() -> VideoFacts.of(api.videos().requireVisible(viewer, id)));
    }

    /** The visible videos among the ids, in their order, as cards: one read when this node keeps their cards. */
    private List<VideoJson> render(Context ctx, Viewer viewer, List<VideoId> ids) {
        return recommendations.cards().of(viewer, ids).stream().map(card -> VideoJson.from(ctx, card)).toList();
    }

    private static int limit(Context ctx, int defaultLimit) {
        var raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            long limit = Long.parseLong(raw.strip());
            if (limit >= 1) {
                return (int) Math.min(Integer.MAX_VALUE, limit);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Invalid.field("limit", "must be a positive integer");
    }

    private String nextPage(Context ctx, int limit, FeedCursor next) {
        var query = new StringBuilder("?limit=").append(limit).append("&cursor=")
                .append(recommendations.cursors().encode(next));
        Optional.ofNullable(ctx.queryParam("category")).ifPresent(category -> query.append("&category=")
                .append(URLEncoder.encode(category, StandardCharsets.UTF_8)));
        Optional.ofNullable(ctx.queryParam("explain")).ifPresent(explain -> query.append("&explain=")
                .append(URLEncoder.encode(explain, StandardCharsets.UTF_8)));
        return Urls.base(ctx) + ctx.path() + query;
    }

    private static VideoId videoId(Context ctx) {
        return new VideoId(Params.pathId(ctx, "id"));
    }
}

package io.shoppable.http.engagement;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.WatchTime;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.http.Api;
import io.shoppable.http.Params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Likes, saves, views, shares and tracked interactions on {@code /api/v1/shoppable-videos/{id}/...}. */
public final class EngagementRoutes {

    private static final String VIDEO = "/api/v1/shoppable-videos/{id}";

    private final Api api;
    private final Params params;

    public EngagementRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post(VIDEO + "/like", this::like);
        routes.post(VIDEO + "/save_video", this::save);
        routes.post(VIDEO + "/view", this::view);
        routes.post(VIDEO + "/share", this::share);
        routes.post(VIDEO + "/track-interaction", this::track);
    }

    private void like(Context ctx) {
        var state = api.engagement().toggleLike(api.identity().member(ctx), videoId(ctx));
        ctx.json(success(Map.of("liked", state.liked(), "likes_count", state.likesCount())));
    }

    private void save(Context ctx) {
        var state = api.engagement().toggleSave(api.identity().member(ctx), videoId(ctx));
        ctx.json(success(Map.of("saved", state.saved())));
    }

    private void view(Context ctx) {
        long views = api.engagement().view(api.identity().viewer(ctx), videoId(ctx));
        ctx.json(success(Map.of("views_count", views)));
    }

    private void share(Context ctx) {
        long shares = api.engagement().share(api.identity().viewer(ctx), videoId(ctx));
        ctx.json(success(Map.of("shares_count", shares)));
    }

    /** {@code POST {"event_type": "watch_time", "dwell_time": 12.5, "extra_data": {...}}}. */
    private void track(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var video = videoId(ctx);
        var body = params.body(ctx, TrackJson.class);
        var kind = InteractionKind.trackableFromWire(body.eventType());
        // A dwell time is checked whenever it is sent, but only a watch_time event needs and keeps one.
        var dwellTime = Optional.ofNullable(body.dwellTime()).map(WatchTime::new);
        var watchTime = kind == InteractionKind.WATCH_TIME
                ? Optional.of(dwellTime.orElseThrow(() -> Invalid.field("dwell_time", "is required for watch_time")))
                : Optional.<WatchTime>empty();
        var interaction = api.engagement().track(viewer, video, kind, watchTime, extraData(body.extraData()));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("status", "captured");
        answer.put("interaction_id", interaction.id().value());
        ctx.json(answer);
    }

    private static ExtraData extraData(JsonNode node) {
        if (node == null || node.isNull()) {
            return ExtraData.empty();
        }
        if (!node.isObject()) {
            throw Invalid.field("extra_data", "must be a JSON object");
        }
        return new ExtraData(node.toString());
    }

    private static VideoId videoId(Context ctx) {
        return new VideoId(Params.pathId(ctx, "id"));
    }

    private static Map<String, Object> success(Map<String, Object> fields) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("status", "success");
        answer.putAll(fields);
        return answer;
    }

    record TrackJson(String eventType, Double dwellTime, JsonNode extraData) {
    }
}

package io.shoppable.http.social;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.user.UserId;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;

import java.util.Map;
import java.util.Optional;

/** {@code /api/v1/user-follows/}: follow or unfollow a user, list a user's followers. */
public final class FollowRoutes {

    private static final String FOLLOWS = "/api/v1/user-follows";

    private final Api api;
    private final Params params;

    public FollowRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post(FOLLOWS + "/toggle_follow", this::toggle);
        routes.get(FOLLOWS, this::followers);
    }

    /** {@code POST {"following_id": 42}} answers {@code {"status": "followed"}} or {@code "unfollowed"}. */
    private void toggle(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, ToggleBody.class);
        var following = new UserId(Optional.ofNullable(body.followingId())
                .orElseThrow(() -> Invalid.field("following_id", "is required")));
        var state = api.social().follows().toggleFollow(member, following);
        ctx.json(Map.of("status", state.following() ? "followed" : "unfollowed"));
    }

    /** {@code GET ?user_id={id}}: that user's followers, newest follow first, paged. */
    private void followers(Context ctx) {
        api.identity().viewer(ctx);
        var user = new UserId(Params.requiredQueryId(ctx, "user_id"));
        var page = api.social().follows().followers(user, Params.page(ctx));
        var names = api.social().users().usernames(page.items().stream().map(Follow::follower).toList());
        ctx.json(Pagination.render(ctx, page, follow -> SocialJson.FollowJson.of(follow, names)));
    }

    record ToggleBody(Long followingId) {
    }
}

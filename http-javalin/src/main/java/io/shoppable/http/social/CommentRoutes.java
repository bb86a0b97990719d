package io.shoppable.http.social;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentText;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code /api/v1/video-comments/}: a video's threads, post, edit, delete. */
public final class CommentRoutes {

    private static final String COMMENTS = "/api/v1/video-comments";
    private static final String COMMENT = COMMENTS + "/{id}";

    private final Api api;
    private final Params params;

    public CommentRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.get(COMMENTS, this::list);
        routes.post(COMMENTS, this::create);
        routes.patch(COMMENT, this::edit);
        routes.put(COMMENT, this::edit);
        routes.delete(COMMENT, this::delete);
    }

    /** {@code GET ?video_id={id}}: top-level comments newest first, each with its replies, paged. */
    private void list(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var video = new VideoId(Params.requiredQueryId(ctx, "video_id"));
        var page = api.social().comments().threads(viewer, video, Params.page(ctx));
        var names = api.social().users().usernames(page.items().stream()
                .flatMap(thread -> Stream.concat(Stream.of(thread.comment()), thread.replies().stream()))
                .map(Comment::author).distinct().toList());
        ctx.json(Pagination.render(ctx, page, thread -> SocialJson.CommentJson.of(thread, names)));
    }

    /** {@code POST {"video": 7, "text": "Love it", "parent": null}}. */
    private void create(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, CommentBody.class);
        var video = new VideoId(Optional.ofNullable(body.video())
                .orElseThrow(() -> Invalid.field("video", "is required")));
        var comment = api.social().comments().comment(member, video, CommentText.fromUser(body.text()),
                Optional.ofNullable(body.parent()).map(CommentId::new));
        ctx.status(201).json(render(comment));
    }

    /** {@code PATCH {"text": "..."}}: the author or an admin. */
    private void edit(Context ctx) {
        var member = api.identity().member(ctx);
        var id = commentId(ctx);
        var body = params.body(ctx, CommentBody.class);
        ctx.json(render(api.social().comments().edit(member, id, CommentText.fromUser(body.text()))));
    }

    private void delete(Context ctx) {
        api.social().comments().delete(api.identity().member(ctx), commentId(ctx));
        ctx.status(204);
    }

    private SocialJson.CommentJson render(Comment comment) {
        return SocialJson.CommentJson.of(comment, api.social().users().usernames(List.of(comment.author())));
    }

    private static CommentId commentId(Context ctx) {
        return new CommentId(Params.pathId(ctx, "id"));
    }

    record CommentBody(Long video, String text, Long parent) {
    }
}

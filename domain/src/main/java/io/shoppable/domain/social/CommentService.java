package io.shoppable.domain.social;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use cases on comments: post, reply, edit, delete, and read a video's threads. */
public final class CommentService {

    private final VideoService videoService;
    private final CommentRepository comments;
    private final Transactions tx;
    private final Clock clock;

    public CommentService(VideoService videoService, CommentRepository comments, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.comments = comments;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Posts a comment on a video, or a reply when {@code parent} is given.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     * @throws Invalid  on {@code parent} when it is not a comment on the same video
     */
    public Comment comment(Viewer.Member member, VideoId video, CommentText text, Optional<CommentId> parent) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            parent.ifPresent(parentId -> {
                boolean sameVideo = comments.findById(parentId).map(found -> found.video().equals(video))
                        .orElse(false);
                if (!sameVideo) {
                    throw Invalid.field("parent", "must be a comment on the same video");
                }
            });
            return comments.add(new NewComment(video, member.id(), parent, text), clock.instant());
        });
    }

    /**
     * Replaces a comment's text; its author or an admin may.
     *
     * @throws NotFound  when the comment is unknown
     * @throws Forbidden when the viewer is neither its author nor an admin
     */
    public Comment edit(Viewer viewer, CommentId id, CommentText text) {
        return tx.inTransaction(() -> {
            requireManageable(viewer, require(id));
            return comments.updateText(id, text);
        });
    }

    /**
     * Deletes a comment with its replies; its author or an admin may.
     *
     * @throws NotFound  when the comment is unknown
     * @throws Forbidden when the viewer is neither its author nor an admin
     */
    public void delete(Viewer viewer, CommentId id) {
        tx.run(() -> {
            requireManageable(viewer, require(id));
            comments.delete(id);
        });
    }

    /**
     * A page of a video's top-level comments, newest first, each with all its replies.
     *
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public Page<CommentThread> threads(Viewer viewer, VideoId video, PageRequest page) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(viewer, video);
            var top = comments.topLevel(video, page);
            var replies = comments.repliesTo(top.items().stream().map(Comment::id).toList());
            var byRoot = groupByRoot(top.items(), replies);
            return top.map(comment -> new CommentThread(comment, byRoot.get(comment.id())));
        });
    }

    /**
     * A comment by id.
     *
     * @throws NotFound when unknown
     */
    public Comment require(CommentId id) {
        return comments.findById(id).orElseThrow(() -> NotFound.of("Comment", id));
    }

    private static void requireManageable(Viewer viewer, Comment comment) {
        if (!viewer.isAdmin() && !viewer.userId().equals(Optional.of(comment.author()))) {
            throw new Forbidden("Only the author or an admin may change this comment");
        }
    }

    /** Files each reply, in the given order, under the top-level comment its chain of parents leads to. */
    private static Map<CommentId, List<Comment>> groupByRoot(List<Comment> roots, List<Comment> replies) {
        var parentOf = new HashMap<CommentId, CommentId>();
        replies.forEach(reply -> parentOf.put(reply.id(), reply.parent().orElseThrow()));
        var byRoot = new LinkedHashMap<CommentId, List<Comment>>();
        roots.forEach(root -> byRoot.put(root.id(), new ArrayList<>()));
        for (Comment reply : replies) {
            var root = reply.parent().orElseThrow();
            while (!byRoot.containsKey(root) && parentOf.containsKey(root)) {
                root = parentOf.get(root);
            }
            var thread = byRoot.get(root);
            if (thread != null) {
                thread.add(reply);
            }
        }
        return byRoot;
    }
}

package io.shoppable.http.social;

import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentThread;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.social.Report;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The wire shapes of comments, reports and follows. Usernames come in one batch per answer. */
final class SocialJson {

    private SocialJson() {
    }

    /**
     * A comment: {@code {"id", "user", "user_name", "video", "text", "parent", "created_at", "replies"}}. A
     * top-level comment's {@code replies} are all its descendants, oldest first, flat, each with
     * {@code "replies": []}; {@code parent} tells which comment each one answers.
     */
    record CommentJson(long id, long user, String userName, long video, String text, Long parent,
                       Instant createdAt, List<CommentJson> replies) {

        static CommentJson of(Comment comment, Map<UserId, Username> names, List<CommentJson> replies) {
            return new CommentJson(comment.id().value(), comment.author().value(), name(names, comment.author()),
                    comment.video().value(), comment.text().value(), comment.parent().map(CommentId::value)
                    .orElse(null), comment.createdAt(), replies);
        }

        static CommentJson of(Comment comment, Map<UserId, Username> names) {
            return of(comment, names, List.of());
        }

        static CommentJson of(CommentThread thread, Map<UserId, Username> names) {
            return of(thread.comment(), names, thread.replies().stream().map(reply -> of(reply, names)).toList());
        }
    }

    /**
     * A report: {@code {"id", "reporter", "video", "reason", "description", "status", "created_at",
     * "resolved_at"}}.
     */
    record ReportJson(long id, long reporter, long video, String reason, String description, String status,
                      Instant createdAt, Instant resolvedAt) {

        static ReportJson of(Report report) {
            return new ReportJson(report.id().value(), report.reporter().value(), report.video().value(),
                    report.reason().wireName(), report.description(), report.status().wireName(),
                    report.createdAt(), report.resolvedAt().orElse(null));
        }
    }

    /** A follow: {@code {"follower", "follower_username", "following", "created_at"}}. */
    record FollowJson(long follower, String followerUsername, long following, Instant createdAt) {

        static FollowJson of(Follow follow, Map<UserId, Username> names) {
            return new FollowJson(follow.follower().value(), name(names, follow.follower()),
                    follow.following().value(), follow.createdAt());
        }
    }

    private static String name(Map<UserId, Username> names, UserId user) {
        var name = names.get(user);
        return name == null ? null : name.value();
    }
}

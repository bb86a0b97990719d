package io.shoppable.persistence.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentRepository;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Comments in {@code video_comments}. The composite key {@code (parent_id, video_id)} makes "a reply's
 * parent is on the same video" a fact of the schema, and deleting a comment cascades to its replies.
 */
public final class JdbiCommentRepository implements CommentRepository {

    private static final String INSERT = """
            INSERT INTO video_comments (video_id, author_id, parent_id, text, created_at, updated_at)
            VALUES (:video, :author, :parent, :text, :at, :at)
            RETURNING id, video_id, author_id, parent_id, text, created_at
            """;

    private static final String BY_ID = """
            SELECT id, video_id, author_id, parent_id, text, created_at FROM video_comments WHERE id = :id
            """;

    // uses video_comments_video_id_created_at_idx
    private static final String TOP_LEVEL_PAGE = """
            SELECT id, video_id, author_id, parent_id, text, created_at, count(*) OVER () AS total
            FROM video_comments
            WHERE video_id = :video AND parent_id IS NULL
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """;

    private static final String TOP_LEVEL_COUNT = """
            SELECT count(*) FROM video_comments WHERE video_id = :video AND parent_id IS NULL
            """;

    // uses video_comments_parent_id_idx at every level of the thread
    private static final String REPLIES = """
            WITH RECURSIVE thread AS (
                SELECT id, video_id, author_id, parent_id, text, created_at
                FROM video_comments WHERE parent_id = ANY(:parents)
                UNION ALL
                SELECT c.id, c.video_id, c.author_id, c.parent_id, c.text, c.created_at
                FROM video_comments c JOIN thread t ON c.parent_id = t.id
            )
            SELECT id, video_id, author_id, parent_id, text, created_at FROM thread
            ORDER BY created_at, id
            """;

    private static final String UPDATE_TEXT = """
            UPDATE video_comments SET text = :text, updated_at = now() WHERE id = :id
            RETURNING id, video_id, author_id, parent_id, text, created_at
            """;

    // Replies go with their parent through the cascading parent key.
    private static final String DELETE = """
            DELETE FROM video_comments WHERE id = :id
            """;

    private final Jdbi jdbi;

    public JdbiCommentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Comment add(NewComment comment, Instant at) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(INSERT)
                .bind("video", comment.video().value())
                .bind("author", comment.author().value())
                .bind("parent", comment.parent().map(CommentId::value).orElse(null))
                .bind("text", comment.text().value())
                .bind("at", at)
                .map(JdbiCommentRepository::comment)
                .one());
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_ID)
                .bind("id", id.value())
                .map(JdbiCommentRepository::comment)
                .findOne());
    }

    @Override
    public Page<Comment> topLevel(VideoId video, PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(
                handle.createQuery(TOP_LEVEL_PAGE).bind("video", video.value()),
                JdbiCommentRepository::comment, page,
                () -> handle.createQuery(TOP_LEVEL_COUNT).bind("video", video.value()).mapTo(Long.class).one()));
    }

    @Override
    public List<Comment> repliesTo(Collection<CommentId> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(REPLIES)
                .bindArray("parents", Long.class, parents.stream().map(CommentId::value).toList())
                .map(JdbiCommentRepository::comment)
                .list());
    }

    @Override
    public Comment updateText(CommentId id, CommentText text) {
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(UPDATE_TEXT)
                .bind("id", id.value())
                .bind("text", text.value())
                .map(JdbiCommentRepository::comment)
                .findOne()
                .orElseThrow(() -> NotFound.of("Comment", id)));
    }

    @Override
    public void delete(CommentId id) {
        int deleted = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .execute());
        if (deleted == 0) {
            throw NotFound.of("Comment", id);
        }
    }

    private static Comment comment(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Comment(new CommentId(rs.getLong("id")), new VideoId(rs.getLong("video_id")),
                new UserId(rs.getLong("author_id")),
                Optional.ofNullable(rs.getObject("parent_id", Long.class)).map(CommentId::new),
                new CommentText(rs.getString("text")), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

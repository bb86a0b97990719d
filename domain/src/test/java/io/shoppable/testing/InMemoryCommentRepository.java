package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentRepository;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** {@link CommentRepository} over an {@link InMemoryStore}. */
public final class InMemoryCommentRepository implements CommentRepository {

    private static final Comparator<Comment> OLDEST_FIRST =
            Comparator.comparing(Comment::createdAt).thenComparingLong(comment -> comment.id().value());

    private final InMemoryStore store;

    InMemoryCommentRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Comment add(NewComment comment, Instant at) {
        synchronized (store) {
            store.requireVideo(comment.video());
            comment.parent().ifPresent(parentId -> {
                var parent = store.comments.get(parentId);
                if (parent == null || !parent.video().equals(comment.video())) {
                    throw Invalid.field("parent", "must be a comment on the same video");
                }
            });
            var stored = new Comment(new CommentId(store.nextId()), comment.video(), comment.author(),
                    comment.parent(), comment.text(), at);
            store.comments.put(stored.id(), stored);
            return stored;
        }
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        synchronized (store) {
            return Optional.ofNullable(store.comments.get(id));
        }
    }

    @Override
    public Page<Comment> topLevel(VideoId video, PageRequest page) {
        synchronized (store) {
            var sorted = store.comments.values().stream()
                    .filter(comment -> comment.video().equals(video) && comment.parent().isEmpty())
                    .sorted(OLDEST_FIRST.reversed())
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    @Override
    public List<Comment> repliesTo(Collection<CommentId> parents) {
        synchronized (store) {
            return descendants(parents).stream()
                    .map(store.comments::get)
                    .sorted(OLDEST_FIRST)
                    .toList();
        }
    }

    @Override
    public Comment updateText(CommentId id, CommentText text) {
        synchronized (store) {
            var comment = require(id);
            var changed = new Comment(id, comment.video(), comment.author(), comment.parent(), text,
                    comment.createdAt());
            store.comments.put(id, changed);
            return changed;
        }
    }

    @Override
    public void delete(CommentId id) {
        synchronized (store) {
            require(id);
            store.comments.keySet().removeAll(descendants(List.of(id)));
            store.comments.remove(id);
        }
    }

    private Comment require(CommentId id) {
        var comment = store.comments.get(id);
        if (comment == null) {
            throw NotFound.of("Comment", id);
        }
        return comment;
    }

    /** The ids of all direct and indirect replies to {@code parents}, not the parents themselves. */
    private Collection<CommentId> descendants(Collection<CommentId> parents) {
        var found = new HashSet<CommentId>();
        var frontier = new HashSet<>(parents);
        while (!frontier.isEmpty()) {
            var next = new HashSet<CommentId>();
            for (Comment comment : store.comments.values()) {
                if (comment.parent().filter(frontier::contains).isPresent() && found.add(comment.id())) {
                    next.add(comment.id());
                }
            }
            frontier = next;
        }
        return found;
    }
}

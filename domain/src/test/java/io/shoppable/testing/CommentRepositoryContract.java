package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentRepository;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CommentRepository} promises. */
public abstract class CommentRepositoryContract {

    private static final Instant T0 = MutableClock.T0;
    private static final CommentId UNKNOWN = new CommentId(999_999);

    private CommentRepository comments;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpCommentContract() {
        var ports = ports();
        comments = ports.comments();
        given = new Given(ports);
    }

    @Test
    public void add_stores_a_top_level_comment() {
        var alice = given.aUser();
        var video = given.aVideo().create();

        var comment = comments.add(new NewComment(video.id(), alice.id(), Optional.empty(),
                new CommentText("Love it")), T0);

        assertThat(comment).isEqualTo(new Comment(comment.id(), video.id(), alice.id(), Optional.empty(),
                new CommentText("Love it"), T0));
        assertThat(comments.findById(comment.id())).contains(comment);
    }

    @Test
    public void add_stores_a_reply_to_a_comment_on_the_same_video() {
        var video = given.aVideo().create();
        var parent = given.aComment(video, given.aUser(), T0);
        var bob = given.aUser();

        var reply = comments.add(new NewComment(video.id(), bob.id(), Optional.of(parent.id()),
                new CommentText("Agreed")), T0.plusSeconds(1));

        assertThat(reply.parent()).contains(parent.id());
        assertThat(comments.findById(reply.id())).contains(reply);
    }

    @Test
    public void a_comment_on_an_unknown_video_is_not_found() {
        var alice = given.aUser();
        var comment = new NewComment(new VideoId(999_999), alice.id(), Optional.empty(), new CommentText("Hi"));

        assertNotFound(() -> comments.add(comment, T0));
    }

    @Test
    public void reply_to_a_comment_on_another_video_is_invalid_on_parent() {
        var elsewhere = given.aComment(given.aVideo().create(), given.aUser(), T0);
        var video = given.aVideo().create();
        var reply = new NewComment(video.id(), given.aUser().id(), Optional.of(elsewhere.id()),
                new CommentText("Wrong thread"));

        assertInvalid("parent", () -> comments.add(reply, T0));
    }

    @Test
    public void reply_to_an_unknown_comment_is_invalid_on_parent() {
        var video = given.aVideo().create();
        var reply = new NewComment(video.id(), given.aUser().id(), Optional.of(UNKNOWN), new CommentText("Hm"));

        assertInvalid("parent", () -> comments.add(reply, T0));
    }

    @Test
    public void find_by_id_of_an_unknown_comment_is_empty() {
        assertThat(comments.findById(UNKNOWN)).isEmpty();
    }

    @Test
    public void top_level_lists_a_videos_comments_newest_first_without_replies() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var older = given.aComment(video, alice, T0);
        var newer = given.aComment(video, alice, T0.plusSeconds(10));
        given.aReply(older, alice, T0.plusSeconds(20));
        given.aComment(given.aVideo().create(), alice, T0.plusSeconds(30));

        var page = comments.topLevel(video.id(), PageRequest.first(10));

        assertThat(page.items()).containsExactly(newer, older);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    public void top_level_pages_through_the_comments() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var first = given.aComment(video, alice, T0);
        var second = given.aComment(video, alice, T0.plusSeconds(1));
        var third = given.aComment(video, alice, T0.plusSeconds(2));

        var one = comments.topLevel(video.id(), new PageRequest(2, 0));
        var two = comments.topLevel(video.id(), new PageRequest(2, 2));

        assertThat(one.items()).containsExactly(third, second);
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).containsExactly(first);
        assertThat(two.hasNext()).isFalse();
    }

    @Test
    public void replies_to_returns_direct_and_indirect_replies_oldest_first() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var top = given.aComment(video, alice, T0);
        var otherTop = given.aComment(video, alice, T0);
        var direct = given.aReply(top, alice, T0.plusSeconds(10));
        var indirect = given.aReply(direct, alice, T0.plusSeconds(5));
        var secondDirect = given.aReply(top, alice, T0.plusSeconds(20));
        given.aReply(otherTop, alice, T0.plusSeconds(1));

        assertThat(comments.repliesTo(List.of(top.id()))).containsExactly(indirect, direct, secondDirect);
    }

    @Test
    public void replies_to_covers_several_parents_in_one_call() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var first = given.aComment(video, alice, T0);
        var second = given.aComment(video, alice, T0);
        var toSecond = given.aReply(second, alice, T0.plusSeconds(1));
        var toFirst = given.aReply(first, alice, T0.plusSeconds(2));

        assertThat(comments.repliesTo(List.of(first.id(), second.id()))).containsExactly(toSecond, toFirst);
    }

    @Test
    public void replies_to_no_parents_or_comments_without_replies_is_empty() {
        var lonely = given.aComment(given.aVideo().create(), given.aUser(), T0);

        assertThat(comments.repliesTo(List.of())).isEmpty();
        assertThat(comments.repliesTo(List.of(lonely.id()))).isEmpty();
    }

    @Test
    public void update_text_replaces_the_text_only() {
        var comment = given.aComment(given.aVideo().create(), given.aUser(), T0);

        var updated = comments.updateText(comment.id(), new CommentText("Edited"));

        assertThat(updated).isEqualTo(new Comment(comment.id(), comment.video(), comment.author(), comment.parent(),
                new CommentText("Edited"), comment.createdAt()));
        assertThat(comments.findById(comment.id())).contains(updated);
    }

    @Test
    public void update_text_of_an_unknown_comment_is_not_found() {
        assertNotFound(() -> comments.updateText(UNKNOWN, new CommentText("Edited")));
    }

    @Test
    public void delete_removes_a_comment_with_all_its_replies() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var top = given.aComment(video, alice, T0);
        var reply = given.aReply(top, alice, T0.plusSeconds(1));
        var replyToReply = given.aReply(reply, alice, T0.plusSeconds(2));
        var other = given.aComment(video, alice, T0.plusSeconds(3));

        comments.delete(top.id());

        assertThat(comments.findById(top.id())).isEmpty();
        assertThat(comments.findById(reply.id())).isEmpty();
        assertThat(comments.findById(replyToReply.id())).isEmpty();
        assertThat(comments.findById(other.id())).contains(other);
        assertThat(comments.topLevel(video.id(), PageRequest.firstPage()).items()).containsExactly(other);
    }

    @Test
    public void delete_of_an_unknown_comment_is_not_found() {
        assertNotFound(() -> comments.delete(UNKNOWN));
    }
}
